package dev.interopatlas.indexer.facts;

import java.util.List;

/**
 * A path into the kernel crate as written in code: {@code kernel::net::phy::Driver} gives root "kernel" and
 * segments [net, phy, Driver]; grouped uses are expanded ({@code use kernel::{net::phy, prelude::*}} gives
 * [net, phy] and [prelude]). Glob {@code *} and {@code self} segments are dropped.
 *
 * @param root "kernel" or "crate"
 */
public record PathRef(String root, List<String> segments, int line) {
    public PathRef {
        segments = List.copyOf(segments);
    }
}
