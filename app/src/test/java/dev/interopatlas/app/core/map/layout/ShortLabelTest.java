package dev.interopatlas.app.core.map.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShortLabelTest {
    @Test
    void shortNamesStayWhole() {
        assertEquals("kernel::sync", ShortLabel.of("kernel::sync", 12));
    }

    @Test
    void longNamesKeepTheirStartAndEndAroundAnEllipsis() {
        // 10 characters: 5 from the start, the ellipsis, 4 from the end
        assertEquals("inclu\u2026sh.h", ShortLabel.of("include/linux/rcu/hash.h", 10));
        assertEquals(10, ShortLabel.of("include/linux/rcu/hash.h", 10).length());
    }
}
