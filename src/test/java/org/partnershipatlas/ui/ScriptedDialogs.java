package org.partnershipatlas.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.partnershipatlas.ui.dialog.DialogService;

/** Answers the app's questions from a script and records every message it shows, for tests. */
public final class ScriptedDialogs implements org.partnershipatlas.ui.WindowDialogs {
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    /** For each Add body asked, whether it was the authority's first body. */
    public final List<Boolean> newBodyAsked = new ArrayList<>();
    public final Deque<NewAuthority> newAuthorities = new ArrayDeque<>();
    public final Deque<NewBody> newBodies = new ArrayDeque<>();
    public final Deque<org.partnershipatlas.model.AuthoritySettings> settings = new ArrayDeque<>();
    public final Deque<String> userNames = new ArrayDeque<>();
    public final Deque<Path> exportFiles = new ArrayDeque<>();
    public final Deque<org.partnershipatlas.model.SignificanceScheme> schemes = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final Deque<Path> folders = new ArrayDeque<>();
    /** How a test answers the pack dialog: null shows the real dialog for the robot to click. */
    public java.util.function.Predicate<org.partnershipatlas.ui.pack.PackViewModel> packAnswer;
    public final List<String> information = new ArrayList<>();
    public final Deque<Path> importFiles = new ArrayDeque<>();
    /** When set, answers the import dialog without showing it; when null, the real dialog is shown. */
    public java.util.function.Predicate<org.partnershipatlas.ui.exchange.ImportViewModel> importAnswer;
    public final Deque<ExchangeChoice> exchangeExports = new ArrayDeque<>();
    public final List<String> questions = new ArrayList<>();
    /** Fills in a seat being added or changed and says whether to save it; none cancels. */
    public final Deque<java.util.function.Predicate<org.partnershipatlas.ui.seats.SeatDraft>> seatAnswers =
            new ArrayDeque<>();

    @Override
    public boolean editSeat(org.partnershipatlas.ui.seats.SeatDraft draft) {
        java.util.function.Predicate<org.partnershipatlas.ui.seats.SeatDraft> answer = seatAnswers.poll();
        return answer != null && answer.test(draft);
    }

    /** The names of the records to merge into, in the order asked; none left cancels. */
    public final Deque<String> mergeTargets = new ArrayDeque<>();

    @Override
    public <T> Optional<T> chooseMergeTarget(String title, String message, List<T> choices,
                                             java.util.function.Function<T, String> label) {
        questions.add(message);
        String wanted = mergeTargets.poll();
        return choices.stream().filter(c -> label.apply(c).equals(wanted)).findFirst();
    }

    /** The answers to Record this year's review, in order; none left cancels. */
    public final Deque<NewReview> newReviews = new ArrayDeque<>();

    @Override
    public Optional<NewReview> askNewReview(String suggestedName, java.time.LocalDate today) {
        questions.add("Record a review: " + suggestedName);
        return Optional.ofNullable(newReviews.poll());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        questions.add(title + ": " + message);
        return !confirmations.isEmpty() && confirmations.poll();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<NewAuthority> askNewAuthority() {
        return Optional.ofNullable(newAuthorities.poll());
    }

    @Override
    public Optional<org.partnershipatlas.model.AuthoritySettings> editSettings(
            org.partnershipatlas.model.AuthoritySettings current) {
        return Optional.ofNullable(settings.poll());
    }

    /** How many times the user's name was asked for (kept apart from the other questions, whose order tests read). */
    public int namesAsked;

    @Override
    public Optional<String> askUserName() {
        namesAsked++;
        return Optional.ofNullable(userNames.poll());
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String suggestedName, String extension) {
        return Optional.ofNullable(exportFiles.poll());
    }

    @Override
    public Optional<org.partnershipatlas.model.SignificanceScheme> editScheme(
            org.partnershipatlas.model.SignificanceScheme current) {
        return Optional.ofNullable(schemes.poll());
    }

    @Override
    public Optional<NewBody> askNewBody(java.util.List<org.partnershipatlas.model.Body> above, boolean first) {
        newBodyAsked.add(first);
        return Optional.ofNullable(newBodies.poll());
    }

    @Override
    public boolean editCabinetReport(org.partnershipatlas.ui.review.CabinetReportViewModel report) {
        return new org.partnershipatlas.ui.review.CabinetReportDialog(null, report).showAndWait()
                .filter(b -> b == org.partnershipatlas.ui.review.CabinetReportDialog.SAVE).isPresent();
    }

    @Override
    public boolean editPack(org.partnershipatlas.ui.pack.PackViewModel choices) {
        if (packAnswer != null) {
            return packAnswer.test(choices);
        }
        org.partnershipatlas.ui.pack.PackDialog dialog = new org.partnershipatlas.ui.pack.PackDialog(null, choices,
                initial -> Optional.ofNullable(folders.poll()));
        return dialog.showAndWait().filter(b -> b == org.partnershipatlas.ui.pack.PackDialog.EXPORT).isPresent();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> chooseImportFile() {
        return Optional.ofNullable(importFiles.poll());
    }

    @Override
    public boolean editImport(org.partnershipatlas.ui.exchange.ImportViewModel plan) {
        if (importAnswer != null) {
            return importAnswer.test(plan);
        }
        return new org.partnershipatlas.ui.exchange.ImportDialog(null, plan).showAndWait()
                .filter(b -> b == org.partnershipatlas.ui.exchange.ImportDialog.IMPORT).isPresent();
    }

    /** When set, answers the workshop plan dialog without showing it; when null, the real dialog is shown. */
    public java.util.function.Predicate<org.partnershipatlas.ui.workshop.WorkshopPlanViewModel> planAnswer;

    @Override
    public boolean editWorkshopPlan(org.partnershipatlas.ui.workshop.WorkshopPlanViewModel plan) {
        if (planAnswer != null) {
            return planAnswer.test(plan);
        }
        return new org.partnershipatlas.ui.workshop.WorkshopPlanDialog(null, plan).showAndWait()
                .filter(b -> b == org.partnershipatlas.ui.workshop.WorkshopPlanDialog.SAVE).isPresent();
    }

    @Override
    public Optional<ExchangeChoice> chooseExchangeExport(String suggestedName) {
        return Optional.ofNullable(exchangeExports.poll());
    }
}
