package org.partnershipatlas.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.Money;

/**
 * A checksum of everything an authority file holds, kept in the file and brought up to date in the
 * same transaction as every change. H2 checks where its pages are, not what they say: a flipped byte
 * in a row, or a chunk it silently skips, reads back as a different authority without any error.
 * Reading the file back and comparing this figure is how such damage is found before anything more
 * is written into it.
 *
 * <p>The figure is the sum, modulo 2^64, of one hash per row the {@link EntityWriter} writes for each
 * entity, so it changes by a few additions per edit and does not depend on the order rows are written.
 */
final class ContentDigest {
    private ContentDigest() {
    }

    /** The digest of a whole model, as a file holding exactly that model would record. */
    static long of(AuthorityModel model) {
        long sum = 0;
        for (Entity entity : model.entities()) {
            sum += of(entity);
        }
        return sum;
    }

    /** The digest the file records, or null for a file made before there was one. */
    static Long recorded(java.sql.Connection c) throws SQLException {
        String recorded = Schema.meta(c, AuthorityStore.DIGEST);
        return recorded == null ? null : Long.parseLong(recorded);
    }

    /** The part one entity contributes; 0 for none. */
    static long of(Entity entity) {
        if (entity == null || entity.equals(org.partnershipatlas.model.CabinetPapers.NONE)) {
            // a file made before there were cabinet papers holds none, and reads back as NONE
            return 0;
        }
        long[] sum = {0};
        try {
            new EntityWriter(new EntityWriter.RowSink() {
                @Override
                public void row(String sql, Object[] values) {
                    sum[0] += ContentDigest.row(sql, values);
                }

                @Override
                public void housekeeping(String sql, Object[] values) {
                    // writes no content
                }
            }).merge(entity);
        } catch (SQLException e) {
            throw new IllegalStateException("a digest runs no SQL", e);
        }
        return sum[0];
    }

    private static long row(String sql, Object[] values) {
        long h = fnv(0xcbf29ce484222325L, sql);
        for (Object value : values) {
            h = fnv(h ^ 0x1f, text(value));
        }
        return mix(h);
    }

    private static String text(Object value) {
        if (value == null) {
            return "\u0000null";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Money m) {
            return Long.toString(m.pence());
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }

    private static long fnv(long h, String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser, so that sums of similar rows do not cancel out. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
