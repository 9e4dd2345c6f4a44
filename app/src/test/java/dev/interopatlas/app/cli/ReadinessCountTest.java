package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadinessCountTest {
    @Test
    void oneSectionIsSingular() {
        assertEquals("1 section touches Rust", ReadinessCommand.touching(1));
        assertEquals("3 sections touch Rust", ReadinessCommand.touching(3));
        assertEquals("0 sections touch Rust", ReadinessCommand.touching(0));
    }
}
