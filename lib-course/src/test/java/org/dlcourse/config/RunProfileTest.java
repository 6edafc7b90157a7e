package org.dlcourse.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RunProfileTest {
    private final String saved = System.getProperty(RunProfile.KEY);

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(RunProfile.KEY);
        } else {
            System.setProperty(RunProfile.KEY, saved);
        }
    }

    @Test
    void propertySelectsTheProfileAndPicksValues() {
        System.setProperty(RunProfile.KEY, "quick");
        assertEquals(RunProfile.QUICK, RunProfile.current());
        assertTrue(RunProfile.isQuick());
        assertEquals(1, RunProfile.pick(10, 1));
        assertEquals("small", RunProfile.pick("big", "small"));
        assertEquals("small", RunProfile.pickLazily(() -> { throw new AssertionError("not evaluated"); }, () -> "small"));
        System.setProperty(RunProfile.KEY, "FULL");
        assertEquals(RunProfile.FULL, RunProfile.current());
        assertEquals(10, RunProfile.pick(10, 1));
        assertEquals(0.5, RunProfile.pick(0.5, 0.1));
    }

    @Test
    void defaultIsFullUnlessTheEnvironmentSaysQuick() {
        System.clearProperty(RunProfile.KEY);
        String env = System.getenv(RunProfile.KEY);
        RunProfile expected = env == null || env.isBlank() ? RunProfile.FULL : RunProfile.parse(env, "env");
        assertEquals(expected, RunProfile.current());
    }

    @Test
    void unknownProfileIsAnErrorNamingTheChoices() {
        System.setProperty(RunProfile.KEY, "fast");
        var e = assertThrows(IllegalArgumentException.class, RunProfile::current);
        assertTrue(e.getMessage().contains("'fast'"));
        assertTrue(e.getMessage().contains("quick"));
        assertTrue(e.getMessage().contains("full"));
    }
}
