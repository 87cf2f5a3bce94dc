package org.partnershipatlas.store;

import java.nio.file.Path;

/** Run in a second JVM by the tests: opens an authority file, says so, and holds it until stdin closes. */
public final class HoldFileOpen {
    private HoldFileOpen() {
    }

    /**
     * Starts {@code holder}'s main in a second JVM with {@code what}, and returns once it prints
     * "holding". Close the process's standard input to let it go.
     */
    public static Process start(Class<?> holder, String what) throws java.io.IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), holder.getName(), what).redirectErrorStream(true).start();
        java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        String line;
        do {
            line = lines.readLine();
        } while (line != null && !line.equals("holding"));
        if (line == null) {
            throw new java.io.IOException("the second program ended without opening " + what);
        }
        return process;
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
