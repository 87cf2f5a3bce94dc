package org.partnershipatlas.store;

import java.nio.file.Path;

/** Run in a second JVM by the tests: opens an authority file, says so, and holds it until stdin closes. */
public final class HoldFileOpen {
    private HoldFileOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (AuthorityStore store = AuthorityStore.open(Path.of(args[0]), "holder")) {
            store.load();
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
