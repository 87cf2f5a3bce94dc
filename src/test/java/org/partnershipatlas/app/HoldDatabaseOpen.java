package org.partnershipatlas.app;

import java.sql.Connection;
import java.sql.DriverManager;

/** A second program holding an H2 database open (by JDBC URL) until its standard input closes. */
public final class HoldDatabaseOpen {
    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0])) {
            connection.isValid(1);
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
