package org.upright.backup;

import java.io.IOException;

/**
 * Receives rows one at a time, so no table is ever held in memory whole. Values are neutral Java types that
 * both databases and the backup format share: Long, Double, BigDecimal, Boolean, String (dates and times as
 * ISO-8601 text), byte[], or null.
 */
@FunctionalInterface
public interface RowVisitor {
    void row(Object[] values) throws IOException;
}
