package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VersionOrderTest {
    private static final List<String> ORDERED = List.of("v5.19", "v6.1-rc1", "v6.1-rc2", "v6.1-rc10", "v6.1",
            "v6.1.1", "v6.1.12", "v6.2", "v6.10-rc7", "v6.10", "v6.12-rc1", "v6.12");

    @Test
    void numbersCompareByValueAndRcComesBeforeItsRelease() {
        for (int seed = 0; seed < 20; seed++) {
            List<String> shuffled = new ArrayList<>(ORDERED);
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.sort(VersionOrder.INSTANCE);
            assertEquals(ORDERED, shuffled);
        }
    }

    @Test
    void orderIsAntisymmetricAndConsistentWithEquals() {
        for (String a : ORDERED) {
            for (String b : ORDERED) {
                assertEquals(Integer.signum(VersionOrder.INSTANCE.compare(a, b)),
                        -Integer.signum(VersionOrder.INSTANCE.compare(b, a)), a + " vs " + b);
                assertEquals(a.equals(b), VersionOrder.INSTANCE.compare(a, b) == 0, a + " vs " + b);
            }
        }
    }

    @Test
    void leadingZerosAndHugeNumbersDoNotOverflow() {
        assertTrue(VersionOrder.INSTANCE.compare("v1.99999999999999999999", "v1.100000000000000000000") < 0);
        assertTrue(VersionOrder.INSTANCE.compare("v1.01", "v1.1") != 0);
    }
}
