package org.partnershipatlas.ui.inspector;

import org.partnershipatlas.ui.common.Choice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.TestAuthorities;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.settings.SettingsFile;

class InspectorViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    InspectorViewModel inspector;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("Inspect.atlas.mv.db");
        AuthorityStore.create(file, TestAuthorities.small(), "t").close();
        main = new MainViewModel(new SameThreadTaskRunner(), new ScriptedDialogs(),
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
        main.openFile(file);
        inspector = new InspectorViewModel(main, main.dialogs());
        main.selectedBodyIdProperty().set(11L);
    }

    @Test
    void showsTheSelectedBodyAndItsCurrentChoices() {
        assertEquals("Community Safety Partnership", inspector.bodyProperty().get().name());
        assertEquals("Cllr Ada Brook – Cabinet Member for Communities", inspector.currentChoice(BodyField.CHAIR).label());
        assertEquals(Choice.NONE, inspector.choices(BodyField.CHAIR).get(0), "a person may be left unrecorded");
        assertFalse(inspector.choices(BodyField.LAYER).contains(Choice.NONE), "a body always has a layer");
        assertTrue(inspector.structureLines().contains("Reports to Testshire Partnership Board"),
                inspector.structureLines().toString());
    }

    @Test
    void aChangedFieldIsOneUndoableStep() {
        assertTrue(inspector.set(BodyField.CHAIR, 5L));
        assertEquals(5L, inspector.bodyProperty().get().governance().chairId());
        assertEquals("Undo Change chair", main.sessionProperty().get().undoLabelProperty().get());
        main.undo();
        assertEquals(4L, inspector.bodyProperty().get().governance().chairId());
    }

    @Test
    void moneyIsReadAsPeopleTypeItAndNonsenseIsExplainedOnTheField() {
        assertTrue(inspector.setMoney(BodyField.COUNCIL_CONTRIBUTION, "£12,500.50"));
        assertEquals(new Money(1_250_050), inspector.bodyProperty().get().governance().councilContribution());
        assertFalse(inspector.setMoney(BodyField.COUNCIL_CONTRIBUTION, "about ten grand"));
        assertTrue(inspector.errorProperty(BodyField.COUNCIL_CONTRIBUTION).get()
                .startsWith("\"about ten grand\" is not an amount of money"));
        assertFalse(inspector.setMoney(BodyField.POOLED_BUDGET, "-£5"));
        assertEquals("\"Community Safety Partnership\" cannot have a negative pooled budget (-£5)",
                inspector.errorProperty(BodyField.POOLED_BUDGET).get());
        assertEquals(new Money(123_456_78), inspector.bodyProperty().get().governance().pooledBudget(),
                "the saved value is unchanged");
    }

    @Test
    void aNextReviewBeforeTheLastIsRefusedOnTheField() {
        assertFalse(inspector.set(BodyField.NEXT_REVIEW_DUE, LocalDate.of(2020, 1, 1)));
        assertTrue(inspector.errorProperty(BodyField.NEXT_REVIEW_DUE).get().contains("is before the last review"));
        assertTrue(inspector.set(BodyField.NEXT_REVIEW_DUE, LocalDate.of(2026, 12, 31)));
        assertEquals("", inspector.errorProperty(BodyField.NEXT_REVIEW_DUE).get());
    }

    @Test
    void recordingAReviewChangesTwoFieldsInOneStep() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertTrue(inspector.recordReview(today));
        assertEquals(today, inspector.bodyProperty().get().governance().lastReviewed());
        assertEquals(today.plusYears(1), inspector.bodyProperty().get().governance().nextReviewDue());
        main.undo();
        assertEquals(LocalDate.of(2025, 9, 30), inspector.bodyProperty().get().governance().lastReviewed());
        assertEquals(LocalDate.of(2030, 9, 30), inspector.bodyProperty().get().governance().nextReviewDue());
    }

    @Test
    void errorsAreClearedWhenAnotherBodyIsSelected() {
        inspector.setMoney(BodyField.COUNCIL_CONTRIBUTION, "lots");
        main.selectedBodyIdProperty().set(10L);
        assertEquals("", inspector.errorProperty(BodyField.COUNCIL_CONTRIBUTION).get());
    }

    @Test
    void aRefusedValueTypedForABodyNoLongerShownIsSaidInAMessageNamingThatBody() {
        long csp = inspector.bodyProperty().get().id();
        String name = inspector.bodyProperty().get().name();
        long other = main.sessionProperty().get().model().bodies().stream().filter(b -> b.id() != csp).findFirst()
                .orElseThrow().id();
        main.selectedBodyIdProperty().set(other);
        assertFalse(inspector.setTyped(csp, BodyField.COUNCIL_CONTRIBUTION, "a lot"));
        var errors = ((ScriptedDialogs) main.dialogs()).errors;
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("\"" + name + "\" was not saved"), errors.get(0));
        assertEquals("", inspector.errorProperty(BodyField.COUNCIL_CONTRIBUTION).get(),
                "the body now shown is not marked with another body's refusal");
    }
}
