package org.partnershipatlas.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.analysis.StructureComparison.Difference;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class ReviewsViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel main;
    private ReviewsViewModel reviews;

    @BeforeEach
    void openSample() {
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, new SettingsFile(dir.resolve("s.json")),
                TestClock.CLOCK, "t");
        reviews = new ReviewsViewModel(main, dialogs, main, "t", () -> "Nadia Sharif");
        main.openSample();
        reviews.activeProperty().set(true);
    }

    private AuthorityModel model() {
        return main.sessionProperty().get().model();
    }

    private Body named(String name) {
        return model().bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSampleOpensComparedWithLastYearsReview() {
        assertEquals(1, reviews.reviews().size());
        assertEquals(reviews.reviews().get(0), reviews.fromProperty().get());
        Set<String> added = reviews.differences().stream().filter(d -> d.kind() == StructureComparison.Kind.ADDED)
                .map(Difference::bodyName).collect(Collectors.toSet());
        assertEquals(Set.of("Nature Recovery Task Group", "Sport and Physical Activity Group"), added);

        reviews.kindProperty().set(StructureComparison.Kind.CLOSED);
        assertEquals(List.of("Older People's Forum"), reviews.differences().stream().map(Difference::bodyName).toList());
        assertTrue(reviews.summaryProperty().get().startsWith("1 change to 1 body"), reviews.summaryProperty().get());
    }

    @Test
    void aReviewRecordedNowThenThreeEditsShowsExactlyThoseThree() {
        dialogs.newReviews.add(new ReviewDialogs.NewReview("Review 2026/27", main.today(), "For cabinet"));
        reviews.recordReview();
        assertEquals(2, reviews.reviews().size());
        assertEquals("Review 2026/27", reviews.fromProperty().get().name());
        assertEquals(List.of(), reviews.differences(), "nothing has changed since it was recorded");

        Body housing = named("Northmoor Housing Partnership");
        main.perform(Edit.of("Rename", Change.update(housing, housing.withName("Northmoor Homes Partnership"))));
        Body culture = named("Culture and Leisure Partnership");
        main.perform(Edit.of("Pool", Change.update(culture, culture.with(BodyField.POOLED_BUDGET, Money.ofPounds(5_000)))));
        Body events = named("Events Task Group");
        main.perform(Edit.of("Themes", Change.update(events, events.with(BodyField.THEMES,
                List.of(events.themeIds().get(0), model().themes().iterator().next().id())))));

        assertEquals(Set.of(StructureComparison.Kind.RENAMED, StructureComparison.Kind.MONEY,
                        StructureComparison.Kind.THEMES),
                reviews.differences().stream().map(Difference::kind).collect(Collectors.toSet()));
        assertEquals(3, reviews.differences().size(), reviews.differences().toString());
    }

    @Test
    void aReviewWithTheNameOfOneRecordedIsRefusedWithAMessage() {
        dialogs.newReviews.add(new ReviewDialogs.NewReview("review 2025/26", main.today(), null));
        reviews.recordReview();
        assertEquals(1, reviews.reviews().size());
        assertTrue(dialogs.errors.get(0).contains("already a review called"), dialogs.errors.toString());
    }

    @Test
    void aReviewOpensReadOnlyAndGoesBackToTheFile() {
        Path file = main.sessionProperty().get().file();
        reviews.open(reviews.reviews().get(0));
        var session = main.sessionProperty().get();
        assertNotNull(session.review());
        assertTrue(session.isReadOnly());
        assertTrue(session.model().bodies().stream().anyMatch(b -> b.name().equals("Older People's Forum")));
        Body any = session.model().bodies().iterator().next();
        assertFalse(main.perform(Edit.of("Rename", Change.update(any, any.withName("Changed")))));
        assertTrue(dialogs.errors.get(dialogs.errors.size() - 1).contains("read-only"), dialogs.errors.toString());
        assertTrue(main.title().get().contains("a recorded review"), main.title().get());

        main.leaveReview();
        assertEquals(file, main.sessionProperty().get().file());
        assertFalse(main.sessionProperty().get().isReadOnly());
        assertTrue(model().bodies().stream().noneMatch(b -> b.name().equals("Older People's Forum")));
    }

    @Test
    void aNewAuthorityHasNoReviewUntilOneIsRecordedAndThenShowsWhatWasAdded() throws Exception {
        dialogs.newAuthorities.add(new org.partnershipatlas.ui.dialog.DialogService.NewAuthority("Eastvale District Council",
                org.partnershipatlas.model.AuthorityKind.DISTRICT));
        dialogs.filesToSave.add(dir.resolve("Eastvale"));
        main.newFile();
        assertTrue(main.sessionProperty().get().file().toString().contains("Eastvale"));
        assertEquals(List.of(), reviews.reviews());
        assertTrue(reviews.summaryProperty().get().startsWith("No review is recorded yet"),
                reviews.summaryProperty().get());
        dialogs.newReviews.add(new ReviewDialogs.NewReview("Baseline", main.today(), null));
        reviews.recordReview();
        Body board = Body.create(model().newId(), "Eastvale Partnership Board",
                org.partnershipatlas.model.BodyKind.PARTNERSHIP_BOARD, org.partnershipatlas.model.Layer.STRATEGIC);
        main.perform(Edit.of("Add board", Change.create(board)));
        assertEquals(List.of("Eastvale Partnership Board"), reviews.differences().stream()
                .filter(d -> d.kind() == StructureComparison.Kind.ADDED).map(Difference::bodyName).toList());
        assertNotNull(model().positionOf(board.id()), "placed on the map by the edit that added it");
    }

    @Test
    void theChangesExportAsCsvWithAHeader() throws Exception {
        Path csv = dir.resolve("changes.csv");
        dialogs.exportFiles.add(csv);
        assertTrue(reviews.export("csv"));
        String text = Files.readString(csv);
        assertTrue(text.startsWith("\ufeffBody,Change,What,Before,After"), text);
        assertTrue(text.contains("Older People's Forum,Closed"), text);
    }
}
