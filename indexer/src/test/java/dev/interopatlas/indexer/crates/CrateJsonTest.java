package dev.interopatlas.indexer.crates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.CrateKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A crate's JSON lists its unbuilt files only when it has some, and reads back what older files wrote. */
class CrateJsonTest {
    @Test
    void unbuiltFilesFollowFilesAndAreLeftOutWhenThereAreNone() throws Exception {
        Crate pinInit = new Crate("pin_init", "rust/pin-init/src/lib.rs", CrateKind.SUPPORT, Optional.empty(),
                List.of("rust/pin-init/examples/mutex.rs", "rust/pin-init/src/lib.rs"),
                List.of("rust/pin-init/examples/mutex.rs"));
        String json = ModelJson.mapper().writeValueAsString(pinInit).replaceAll("\\s", "");
        assertEquals("{\"name\":\"pin_init\",\"root\":\"rust/pin-init/src/lib.rs\",\"kind\":\"support\",\"files\":"
                + "[\"rust/pin-init/examples/mutex.rs\",\"rust/pin-init/src/lib.rs\"],\"unbuiltFiles\":"
                + "[\"rust/pin-init/examples/mutex.rs\"]}", json);
        assertEquals(pinInit, ModelJson.mapper().readValue(json, Crate.class));

        Crate ffi = new Crate("ffi", "rust/ffi.rs", CrateKind.SUPPORT, Optional.empty(), List.of("rust/ffi.rs"));
        String written = ModelJson.mapper().writeValueAsString(ffi).replaceAll("\\s", "");
        assertEquals("{\"name\":\"ffi\",\"root\":\"rust/ffi.rs\",\"kind\":\"support\",\"files\":[\"rust/ffi.rs\"]}",
                written);
        assertEquals(ffi, ModelJson.mapper().readValue(written, Crate.class));
    }
}
