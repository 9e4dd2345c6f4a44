package dev.interopatlas.indexer.crates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KbuildFileTest {
    private static List<String> assignments(KbuildFile file) {
        return file.assignments().stream()
                .map(a -> a.line() + ": " + a.variable() + " " + a.operator() + " " + a.words()).toList();
    }

    @Test
    void backslashNewlineJoinsAnAssignmentOverSeveralLines() {
        // the shape of drivers/android/binder/Makefile:5-8 in 7.3
        KbuildFile file = KbuildFile.parse("obj-$(CONFIG_ANDROID_BINDER_IPC_RUST) += rust_binder.o\n"
                + "rust_binder-y := \\\n\trust_binder_main.o\t\\\n\trust_binderfs.o\t\t\\\n\trust_binder_events.o\n");
        assertEquals(List.of("1: obj-$(CONFIG_ANDROID_BINDER_IPC_RUST) += [rust_binder.o]",
                "2: rust_binder-y := [rust_binder_main.o, rust_binderfs.o, rust_binder_events.o]"), assignments(file));
    }

    @Test
    void commentsAreDroppedAndABackslashContinuesTheCommentToo() {
        // drivers/gpu/nova-core/Makefile:3 of 7.3 names nova_core.o only in a comment
        KbuildFile file = KbuildFile.parse("# nova_core.o (rust-analyzer marker - DO NOT REMOVE).\n"
                + "obj-y += a.o # b.o\n"
                + "# a comment \\\nobj-y += hidden.o\n"
                + "obj-y += c\\#d.o\n");
        assertEquals(List.of("2: obj-y += [a.o]", "5: obj-y += [c\\#d.o]"), assignments(file));
    }

    @Test
    void everyBranchOfAConditionalIsKeptAndTabIndentedAssignmentsInsideCount() {
        // mm/kasan/Makefile:56-59 and drivers/net/phy/Makefile:40-44 of 7.3
        KbuildFile file = KbuildFile.parse("kasan_test-objs := kasan_test_c.o\nifdef CONFIG_RUST\n"
                + "\tkasan_test-objs += kasan_test_rust.o\nendif\n"
                + "ifdef CONFIG_AX88796B_RUST_PHY\n  obj-$(CONFIG_AX88796B_PHY)\t+= ax88796b_rust.o\nelse\n"
                + "  obj-$(CONFIG_AX88796B_PHY)\t+= ax88796b.o\nendif\n");
        assertEquals(List.of("1: kasan_test-objs := [kasan_test_c.o]", "3: kasan_test-objs += [kasan_test_rust.o]",
                "6: obj-$(CONFIG_AX88796B_PHY) += [ax88796b_rust.o]", "8: obj-$(CONFIG_AX88796B_PHY) += [ax88796b.o]"),
                assignments(file));
        assertEquals(Optional.of("kasan_test_c.o kasan_test_rust.o"), file.valueOf("kasan_test-objs"));
    }

    @Test
    void rulesKeepTargetsAndPrerequisitesAndSkipRecipesAndTargetSpecificVariables() {
        // rust/Makefile:711-716 and 758-762 of 7.3
        KbuildFile file = KbuildFile.parse("$(obj)/zerocopy.o: private skip_clippy = 1\n"
                + "$(obj)/zerocopy.o: $(src)/zerocopy/src/lib.rs $(obj)/compiler_builtins.o FORCE\n"
                + "\t+$(call if_changed_rule,rustc_library)\n"
                + "\n"
                + "\tOBJTREE=$(abspath $(objtree)) obj-y += recipe.o\n"
                + "$(obj)/kernel.o: $(src)/kernel/lib.rs $(obj)/build_error.o $(obj)/pin_init.o \\\n"
                + "    $(obj)/zerocopy.o FORCE\n"
                + "\t+$(call if_changed_rule,rustc_library)\n"
                + "obj-y += after.o\n");
        assertEquals(2, file.rules().size());
        assertEquals(new KbuildFile.Rule(List.of("$(obj)/zerocopy.o"),
                List.of("$(src)/zerocopy/src/lib.rs", "$(obj)/compiler_builtins.o", "FORCE"), 2), file.rules().get(0));
        assertEquals(List.of("$(src)/kernel/lib.rs", "$(obj)/build_error.o", "$(obj)/pin_init.o", "$(obj)/zerocopy.o",
                "FORCE"), file.rules().get(1).prerequisites());
        assertEquals(List.of("9: obj-y += [after.o]"), assignments(file));
    }

    @Test
    void defineBodiesAreNotReadAsAssignments() {
        KbuildFile file = KbuildFile.parse("define rule_rustc_library\n\tobj-y := inside.o\nendef\nobj-y := outside.o\n");
        assertEquals(List.of("4: obj-y := [outside.o]"), assignments(file));
    }

    @Test
    void valueOfFollowsTheLastPlainAssignmentAndLaterAppends() {
        KbuildFile file = KbuildFile.parse("libmacros_name := $(call procmacro-name,macros)\nx = a\nx ?= b\nx += c\n");
        assertEquals(Optional.of("$(call procmacro-name,macros)"), file.valueOf("libmacros_name"));
        assertEquals(Optional.of("a c"), file.valueOf("x"));
        assertEquals(Optional.empty(), file.valueOf("y"));
    }
}
