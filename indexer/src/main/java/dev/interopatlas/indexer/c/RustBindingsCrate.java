package dev.interopatlas.indexer.c;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What rust/bindings/lib.rs itself defines at the crate top level: v6.1 re-exports its const helpers there
 * ({@code pub const GFP_KERNEL: gfp_t = BINDINGS_GFP_KERNEL;}). Items inside {@code mod bindings_raw} without
 * {@code pub} (the blocklisted {@code __kernel_size_t} aliases) are not visible as bindings::NAME and are ignored.
 */
final class RustBindingsCrate {
    static final String LIB_RS = "rust/bindings/lib.rs";

    /**
     * A public item of lib.rs; {@code alias} is the identifier a const is defined as, when it is one, and
     * {@code wraps} the first {@code bindings_raw::NAME} its value uses (v7.3's {@code compat_ptr_ioctl} is
     * {@code Some(bindings_raw::compat_ptr_ioctl)} or {@code None}), or null.
     */
    record Item(String name, String alias, String wraps, int line) {
    }

    private static final Pattern RAW_NAME = Pattern.compile("\\bbindings_raw::(\\w+)");

    private static final Pattern PUB_CONST = Pattern.compile(
            "(?m)^pub\\s+(?:const|static)\\s+(\\w+)\\s*:[^=;]*=\\s*([A-Za-z_]\\w*)?[^;]*;");
    private static final Pattern PUB_ITEM = Pattern.compile("(?m)^pub\\s+(?:type|fn|struct|enum|union)\\s+(\\w+)");

    private RustBindingsCrate() {
    }

    static Map<String, Item> parse(byte[] libRs) {
        String text = ConstHelpers.stripComments(new String(libRs, StandardCharsets.UTF_8));
        Map<String, Item> items = new LinkedHashMap<>();
        Matcher c = PUB_CONST.matcher(text);
        while (c.find()) {
            Matcher raw = RAW_NAME.matcher(c.group());
            String wraps = raw.find() ? raw.group(1) : null;
            items.putIfAbsent(c.group(1), new Item(c.group(1), c.group(2), wraps, lineOf(text, c.start())));
        }
        Matcher i = PUB_ITEM.matcher(text);
        while (i.find()) {
            items.putIfAbsent(i.group(1), new Item(i.group(1), null, null, lineOf(text, i.start())));
        }
        return items;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
