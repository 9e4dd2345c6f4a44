package dev.interopatlas.model.history;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The headline figures of one release, one point of the {@link Timeline}.
 *
 * @param commit                 the commit the tag peels to (hex)
 * @param rustLines              lines of every .rs file of the tree
 * @param abstractionModules     modules of the kernel crate, test modules left out
 * @param consumersDrivers       consumer files under drivers/
 * @param consumersSamples       consumer files under samples/
 * @param consumersOther         other consumer files (fs/, net/, …)
 * @param helpers                rust_helper_* wrappers
 * @param boundCSymbols          distinct bindings names that resolve to a C declaration
 * @param headersInClosure       C headers in the bindings include closure
 * @param unsafeBlocksPlaceholder unsafe blocks whose SAFETY comments are all placeholders (not documented)
 * @param safetyDocumentedShare  documented unsafe blocks / unsafe blocks (0 when there are none), 4 decimals
 * @param blobsParsed            files analyzed for this release (not found in the blob cache)
 */
@JsonPropertyOrder({"release", "commit", "rustFiles", "rustLines", "abstractionModules", "consumersDrivers",
        "consumersSamples", "consumersOther", "helpers", "boundCSymbols", "headersInClosure", "unsafeBlocks",
        "unsafeFns", "unsafeImpls", "unsafeTraits", "unsafeBlocksDocumented", "unsafeBlocksPlaceholder",
        "safetyDocumentedShare", "blobsParsed"})
public record ReleaseSummary(
        String release,
        String commit,
        int rustFiles,
        long rustLines,
        int abstractionModules,
        int consumersDrivers,
        int consumersSamples,
        int consumersOther,
        int helpers,
        int boundCSymbols,
        int headersInClosure,
        int unsafeBlocks,
        int unsafeFns,
        int unsafeImpls,
        int unsafeTraits,
        int unsafeBlocksDocumented,
        int unsafeBlocksPlaceholder,
        double safetyDocumentedShare,
        int blobsParsed) {

    public ReleaseSummary {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(commit, "commit");
    }

    public int consumers() {
        return consumersDrivers + consumersSamples + consumersOther;
    }

    public int unsafeTotal() {
        return unsafeBlocks + unsafeFns + unsafeImpls + unsafeTraits;
    }

    /** The same figures with another count of blobs parsed (0 when re-read from the summary store). */
    public ReleaseSummary withBlobsParsed(int parsed) {
        return new ReleaseSummary(release, commit, rustFiles, rustLines, abstractionModules, consumersDrivers,
                consumersSamples, consumersOther, helpers, boundCSymbols, headersInClosure, unsafeBlocks, unsafeFns,
                unsafeImpls, unsafeTraits, unsafeBlocksDocumented, unsafeBlocksPlaceholder, safetyDocumentedShare,
                parsed);
    }
}
