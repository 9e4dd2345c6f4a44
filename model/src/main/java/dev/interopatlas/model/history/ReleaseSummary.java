package dev.interopatlas.model.history;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The headline figures of one release, one point of the {@link Timeline}.
 *
 * @param commit                 the commit the tag peels to (hex)
 * @param rustFiles              .rs files of the kernel's own crates (vendored crates are counted apart, as are
 *                               the other file and unsafe figures)
 * @param rustLines              lines of those files
 * @param abstractionModules     modules of the kernel crate, test modules left out
 * @param consumersDrivers       consumer files under drivers/
 * @param consumersSamples       consumer files under samples/
 * @param consumersOther         other consumer files (fs/, net/, …)
 * @param helpers                rust_helper_* wrappers
 * @param boundCSymbols          distinct bindings names that resolve to a C declaration
 * @param headersInClosure       C headers in the bindings include closure
 * @param unsafeBlocksPlaceholder unsafe blocks whose SAFETY comments are all placeholders (not documented)
 * @param safetyDocumentedShare  documented unsafe blocks / unsafe blocks (0 when there are none), 4 decimals
 * @param consumerCrates         crates with a file that uses the kernel crate (the consumer nodes of the graph)
 * @param vendoredCrates         crates copied from upstream projects (syn, zerocopy…), left out of the figures above
 * @param vendoredRustFiles      their .rs files
 * @param vendoredRustLines      their lines
 * @param vendoredUnsafeBlocks   their unsafe blocks
 * @param vendoredUnsafeTotal    their unsafe sites of every kind
 * @param blobsParsed            files analyzed for this release (not found in the blob cache)
 */
@JsonPropertyOrder({"release", "commit", "rustFiles", "rustLines", "abstractionModules", "consumersDrivers",
        "consumersSamples", "consumersOther", "helpers", "boundCSymbols", "headersInClosure", "unsafeBlocks",
        "unsafeFns", "unsafeImpls", "unsafeTraits", "unsafeBlocksDocumented", "unsafeBlocksPlaceholder",
        "safetyDocumentedShare", "consumerCrates", "vendoredCrates", "vendoredRustFiles", "vendoredRustLines",
        "vendoredUnsafeBlocks", "vendoredUnsafeTotal", "blobsParsed"})
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
        int consumerCrates,
        int vendoredCrates,
        int vendoredRustFiles,
        long vendoredRustLines,
        int vendoredUnsafeBlocks,
        int vendoredUnsafeTotal,
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
                consumerCrates, vendoredCrates, vendoredRustFiles, vendoredRustLines, vendoredUnsafeBlocks,
                vendoredUnsafeTotal, parsed);
    }
}
