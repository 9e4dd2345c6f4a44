package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseTagsTest {
    @TempDir
    Path temp;

    private TestRepo repo;
    private ObjectId first;
    private ObjectId second;
    private ObjectId third;

    @BeforeEach
    void buildTags() throws Exception {
        repo = TestRepo.init(temp.resolve("repo"), true);
        first = repo.commit(TestRepo.files("a", "1"));
        repo.annotatedTag("v6.1", first);
        repo.lightweightTag("v6.2", first);
        second = repo.commit(TestRepo.files("a", "2"));
        repo.annotatedTag("v6.10-rc1", second);
        repo.lightweightTag("v6.10", second);
        third = repo.commit(TestRepo.files("a", "3"));
        repo.annotatedTag("v6.12-rc1", third);
        repo.annotatedTag("v6.12", third);
        repo.annotatedTag("v6.12.3", third);
        repo.lightweightTag("next-20241120", third);
        ObjectId tree;
        try (RevWalk walk = new RevWalk(repo.repository())) {
            tree = walk.parseCommit(third).getTree();
        }
        repo.annotatedTag("v6.11", tree, Constants.OBJ_TREE);
        // a tag of a tag: must peel through both to the commit
        ObjectId inner = repo.annotatedTag("inner", third);
        repo.annotatedTag("v6.13", inner, Constants.OBJ_TAG);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        repo.close();
    }

    private List<String> names(List<ReleaseTag> tags) {
        return tags.stream().map(ReleaseTag::name).collect(Collectors.toList());
    }

    @Test
    void defaultSelectionIsReleasesInVersionOrderSkippingNonCommitTags() throws Exception {
        List<ReleaseTag> tags = ReleaseTags.select(repo.repository(), TagSelection.releases(false));
        assertEquals(List.of("v6.1", "v6.2", "v6.10", "v6.12", "v6.13"), names(tags));
    }

    @Test
    void annotatedAndLightweightTagsPeelToTheirCommit() throws Exception {
        List<ReleaseTag> tags = ReleaseTags.select(repo.repository(), TagSelection.releases(false));
        assertEquals(new ReleaseTag("v6.1", first.name(), true), tags.get(0));
        assertEquals(new ReleaseTag("v6.2", first.name(), false), tags.get(1));
        assertEquals(new ReleaseTag("v6.10", second.name(), false), tags.get(2));
        assertEquals(new ReleaseTag("v6.13", third.name(), true), tags.get(4));
    }

    @Test
    void rcOptionAddsReleaseCandidatesBeforeTheirRelease() throws Exception {
        List<ReleaseTag> tags = ReleaseTags.select(repo.repository(), TagSelection.releases(true));
        assertEquals(List.of("v6.1", "v6.2", "v6.10-rc1", "v6.10", "v6.12-rc1", "v6.12", "v6.13"), names(tags));
    }

    @Test
    void explicitListIsVersionSortedAndDeduplicated() throws Exception {
        List<ReleaseTag> tags = ReleaseTags.select(repo.repository(),
                TagSelection.explicit(List.of("v6.12", "v6.1", "v6.12", "next-20241120")));
        assertEquals(List.of("next-20241120", "v6.1", "v6.12"), names(tags));
    }

    @Test
    void missingExplicitTagIsNamedWithTheTagsThatExist() {
        IndexException e = assertThrows(IndexException.class, () -> ReleaseTags.select(repo.repository(),
                TagSelection.explicit(List.of("v6.1", "v6.14"))));
        assertTrue(e.getMessage().startsWith("tag v6.14 not found in "), e.getMessage());
        assertTrue(e.getMessage().contains("v6.1, v6.2, v6.10-rc1, v6.10"), e.getMessage());
    }

    @Test
    void explicitTagOfATreeIsRefused() {
        IndexException e = assertThrows(IndexException.class, () -> ReleaseTags.find(repo.repository(), "v6.11"));
        assertTrue(e.getMessage().contains("does not point to a commit"), e.getMessage());
    }

    @Test
    void customRegexMustMatchTheWholeName() throws Exception {
        assertEquals(List.of("v6.12", "v6.12.3"), names(ReleaseTags.select(repo.repository(),
                TagSelection.matching("v6\\.12(\\.[0-9]+)?", false))));
        assertEquals(List.of("v6.10-rc1", "v6.10", "v6.12-rc1", "v6.12"), names(ReleaseTags.select(
                repo.repository(), TagSelection.matching("v6\\.1[02]", true))));
        assertEquals(List.of(), names(ReleaseTags.select(repo.repository(), TagSelection.matching("6\\.1", false))));
    }

    @Test
    void invalidRegexIsAnIndexException() {
        IndexException e = assertThrows(IndexException.class, () -> TagSelection.matching("v(6", false));
        assertTrue(e.getMessage().contains("v(6"), e.getMessage());
    }

    @Test
    void rcMatchingNeedsDigitsAfterRc() {
        TagSelection selection = TagSelection.releases(true);
        assertTrue(selection.matches("v6.12-rc7"));
        assertFalse(selection.matches("v6.12-rc"));
        assertFalse(selection.matches("v6.12-rcx"));
        assertFalse(TagSelection.releases(false).matches("v6.12-rc7"));
    }
}
