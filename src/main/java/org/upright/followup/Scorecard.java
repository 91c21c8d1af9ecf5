package org.upright.followup;

import java.util.List;
import java.util.Map;
import org.upright.common.StateCode;

/**
 * What a state received in each cycle, how it answered, and what the sources the viewer may see say it did since.
 *
 * @param cycles oldest first, only the cycles the state received recommendations in
 */
public record Scorecard(StateCode state, List<CycleLine> cycles) {
    /**
     * @param assessed  recommendations with at least one assessment that counts
     * @param status    for each kind of source, how many recommendations its latest word puts at each status
     * @param repeated  recommendations repeating one the state received in an earlier cycle that are still open,
     *                  or null while the repeat links have not been computed
     * @param issues    the issues with most noted or not implemented recommendations, most first (at most five)
     */
    public record CycleLine(int cycle, long received, long supported, long noted, long pending, long assessed,
                            Map<SourceKind, Map<ImplementationStatus, Long>> status, Long repeated, List<IssueCount> issues) {
    }

    public record IssueCount(String issue, long noted, long notImplemented) {
    }
}
