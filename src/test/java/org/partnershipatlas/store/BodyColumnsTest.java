package org.partnershipatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.Money;

/** The body table is driven by one description, and every kind of entity has somewhere to go. */
class BodyColumnsTest {
    @TempDir
    Path dir;

    @Test
    void everyBodyFieldHasAColumnOrATableOfItsOwn() {
        Set<BodyField> described = EnumSet.copyOf(BodyColumns.ELSEWHERE);
        BodyColumns.COLUMNS.forEach(c -> described.add(c.field()));
        assertEquals(EnumSet.allOf(BodyField.class), described);
        assertEquals(BodyColumns.COLUMNS.size(), BodyColumns.COLUMNS.stream().map(BodyColumns.Column::name)
                .collect(Collectors.toSet()).size(), "no column named twice");
    }

    @Test
    void aBodyWithEveryFieldFilledIsReadBackEqual() throws Exception {
        AuthorityModel model = SampleAuthority.build(LocalDate.of(2026, 4, 1));
        Body body = List.copyOf(model.bodies()).get(3);
        Body full = body;
        long person = List.copyOf(model.people()).get(0).id();
        long organisation = List.copyOf(model.organisations()).get(0).id();
        for (BodyField field : BodyField.values()) {
            Object value = switch (field.type()) {
                case TEXT, LONG_TEXT -> field.label() + " written";
                case PERSON -> person;
                case ORGANISATION -> organisation;
                case DATE -> LocalDate.of(2025, 1, 1 + field.ordinal() % 28);
                case MONEY -> new Money(1234 + field.ordinal());
                case YES_NO -> Boolean.TRUE;
                case CHOICE -> field.choices().getEnumConstants()[field.choices().getEnumConstants().length - 1];
                case THEMES -> List.of(List.copyOf(model.themes()).get(1).id(), List.copyOf(model.themes()).get(0).id());
            };
            full = full.with(field, value);
        }
        model.apply(Edit.of("Fill every field", Change.update(body, full)));
        Path file = dir.resolve("Full.atlas.mv.db");
        AuthorityStore.create(file, model, "test").close();
        try (AuthorityStore store = AuthorityStore.open(file, "test")) {
            Body read = store.load().body(body.id());
            for (BodyField field : BodyField.values()) {
                assertEquals(field.read(full), field.read(read), field.label());
            }
            assertEquals(full, read);
        }
    }

    @Test
    void everyKindOfEntityInTheSampleIsSavedAndReadBack() throws Exception {
        AuthorityModel model = org.partnershipatlas.layout.MapDiagram.laidOut(SampleAuthority.build(LocalDate.of(2026, 4, 1)));
        model.apply(Edit.of("Note", Change.create(new org.partnershipatlas.model.WorkshopNote(model.newId(),
                List.copyOf(model.bodies()).get(0).id(), "Raised at the workshop", LocalDate.of(2026, 5, 1)))));
        Set<Class<?>> kinds = model.entities().stream().map(Object::getClass).collect(Collectors.toSet());
        for (Class<?> kind : Entity.class.getPermittedSubclasses()) {
            assertTrue(kinds.contains(kind), "the sample holds a " + kind.getSimpleName());
        }
        Path file = dir.resolve("Sample.atlas.mv.db");
        AuthorityStore.create(file, model, "test").close();
        try (AuthorityStore store = AuthorityStore.open(file, "test")) {
            assertEquals(model.entities(), store.load().entities());
        }
    }
}
