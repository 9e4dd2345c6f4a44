package dev.interopatlas.app.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.layout.LabelPlacement.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {

    @Test
    void ofTwoOverlappingLabelsTheHigherPriorityOneIsDrawn() {
        Candidate busy = new Candidate("busy", 100, 10, 80, 12, 5);
        Candidate quiet = new Candidate("quiet", 130, 12, 80, 12, 1);
        Candidate apart = new Candidate("apart", 400, 10, 80, 12, 0);
        assertEquals(Set.of("busy", "apart"), LabelPlacement.place(List.of(quiet, apart, busy)));
    }

    @Test
    void labelsOnSeparateRowsOfAColumnAllFit() {
        List<Candidate> column = new ArrayList<>();
        for (int row = 0; row < 20; row++) {
            column.add(new Candidate("n" + row, 50, row * 24.0, 120, 13, 0));
        }
        assertEquals(20, LabelPlacement.place(column).size());
    }

    @Test
    void aLabelThatCannotBeDrawnIsLeftOut() {
        Candidate broken = new Candidate("nan", Double.NaN, 0, 10, 10, 9);
        Candidate fine = new Candidate("fine", 0, 0, 10, 10, 1);
        assertEquals(Set.of("fine"), LabelPlacement.place(List.of(broken, fine)));
    }

    @Property(tries = 200)
    void drawnLabelsNeverOverlapAndEveryLeftOutOneWouldHave(@ForAll @IntRange(min = 0, max = 120) int count,
                                                             @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candidates.add(new Candidate("n" + i, random.nextDouble() * 600, random.nextDouble() * 400,
                    5 + random.nextDouble() * 150, 8 + random.nextDouble() * 8, random.nextInt(5)));
        }
        Set<String> drawn = LabelPlacement.place(candidates);
        Map<String, Candidate> byId = candidates.stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
        List<Candidate> kept = drawn.stream().map(byId::get).toList();
        for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
                assertFalse(kept.get(i).overlaps(kept.get(j)), kept.get(i) + " overlaps " + kept.get(j));
            }
        }
        for (Candidate left : candidates) {
            if (!drawn.contains(left.id())) {
                // left out only for a drawn label of at least its priority: no label is dropped needlessly
                assertTrue(kept.stream().anyMatch(k -> k.overlaps(left) && k.priority() >= left.priority()),
                        left.toString());
            }
        }
    }
}
