package org.upright.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Several {@link TermBlock}s side by side: the feature vector the linear models read. */
final class FeatureSpace {
    final List<TermBlock> blocks;
    private final int[] offsets;
    private final int dimension;

    FeatureSpace(List<TermBlock> blocks) {
        this.blocks = List.copyOf(blocks);
        this.offsets = new int[blocks.size()];
        int d = 0;
        for (int i = 0; i < blocks.size(); i++) {
            offsets[i] = d;
            d += blocks.get(i).size();
        }
        this.dimension = d;
    }

    record BlockSpec(TermBlock.Kind kind, float weight, int minDf) {
    }

    static FeatureSpace fit(List<List<String>> docs, List<BlockSpec> specs) {
        List<TermBlock> blocks = new ArrayList<>();
        for (BlockSpec s : specs) blocks.add(TermBlock.fit(s.kind(), s.weight(), docs, s.minDf()));
        return new FeatureSpace(blocks);
    }

    int dimension() {
        return dimension;
    }

    SparseVector vector(List<String> words) {
        SparseVector v = SparseVector.EMPTY;
        for (int i = 0; i < blocks.size(); i++) v = SparseVector.concat(v, blocks.get(i).vector(words), offsets[i]);
        return v;
    }

    /** The first block of the kind, or null. */
    TermBlock block(TermBlock.Kind kind) {
        for (TermBlock b : blocks) if (b.kind == kind) return b;
        return null;
    }

    void save(Path dir, String prefix) throws IOException {
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).save(dir.resolve(prefix + "-" + i + "-" + blocks.get(i).kind.name().toLowerCase() + ".tsv"));
        }
    }

    static FeatureSpace load(Path dir, String prefix, int count) throws IOException {
        List<TermBlock> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (TermBlock.Kind k : TermBlock.Kind.values()) {
                Path f = dir.resolve(prefix + "-" + i + "-" + k.name().toLowerCase() + ".tsv");
                if (java.nio.file.Files.exists(f)) blocks.add(TermBlock.load(f));
            }
        }
        if (blocks.size() != count) throw new IOException(dir + ": expected " + count + " vocabulary files " + prefix + "-*.tsv, found " + blocks.size());
        return new FeatureSpace(blocks);
    }
}
