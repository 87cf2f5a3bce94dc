package org.partnershipatlas.ui.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.document.Reviews;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.CabinetPapers;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.ReportText;
import org.partnershipatlas.report.pack.CoveringReport;
import org.partnershipatlas.report.pack.PackContent;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * Review > Write the cabinet report: the officer's own words for each section of the review report
 * and of the covering report, beside what the app writes there from the record (worked out in the
 * background on a copy). Words typed in one section stay while another is read; Save keeps them all
 * in the file as one undoable edit.
 */
public final class CabinetReportViewModel {
    private final DocumentContext main;
    private final Map<ReportText, StringProperty> texts = new EnumMap<>(ReportText.class);
    private final Map<ReportText, ReadOnlyStringWrapper> facts = new EnumMap<>(ReportText.class);
    private final ObjectProperty<ReportText> selected = new SimpleObjectProperty<>(this, "selected", ReportText.SCOPE);
    private final ObservableList<ReportText> sections = FXCollections.observableArrayList(ReportText.values());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public CabinetReportViewModel(DocumentContext main) {
        this.main = main;
        for (ReportText section : ReportText.values()) {
            texts.put(section, new SimpleStringProperty(this, section.name(), ""));
            facts.put(section, new ReadOnlyStringWrapper(this, section.name() + "Facts", ""));
        }
    }

    public ObservableList<ReportText> sections() {
        return sections;
    }

    public ObjectProperty<ReportText> selectedProperty() {
        return selected;
    }

    /** The officer's words for a section, as typed so far. */
    public StringProperty text(ReportText section) {
        return texts.get(section);
    }

    /** What the app writes in the section from the record ("Working it out…" until known). */
    public ReadOnlyStringProperty facts(ReportText section) {
        return facts.get(section).getReadOnlyProperty();
    }

    /** Why Save cannot keep the words, in a sentence; "" when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Review > Write the cabinet report: the words kept in the file, and the record's facts worked out. */
    public void prepare() {
        DocumentSession session = main.sessionProperty().get();
        problem.set("");
        if (session == null) {
            return;
        }
        AuthorityModel model = session.model();
        CabinetPapers papers = model.cabinetPapers();
        texts.forEach((section, text) -> text.set(papers.text(section)));
        facts.values().forEach(f -> f.set("Working it out from the record…"));
        AuthorityModel copy = model.copy();
        AuthorityStore store = session.store();
        java.time.LocalDate today = main.today();
        main.runner().run("Reading the record for the cabinet report", progress -> {
            var findings = HealthCheck.run(copy, today);
            var since = store == null ? null : Reviews.latest(store, copy, today, session.review());
            Map<ReportText, String> written = new EnumMap<>(ReportText.class);
            written.putAll(PackContent.reviewReportFacts(copy, findings, since, today));
            written.putAll(CoveringReport.drafts(copy, findings, List.of(7, 3, 1, 2, 4, 5, 6), today));
            return written;
        }, written -> written.forEach((section, text) -> facts.get(section).set(text)),
                failure -> facts.values().forEach(f -> f.set("The record could not be read: "
                        + org.partnershipatlas.model.Text.failure(failure))));
    }

    /** How many sections have words of the officer's own. */
    public long written() {
        return texts.values().stream().filter(t -> t.get() != null && !t.get().isBlank()).count();
    }

    /**
     * Keeps the words in the file as one undoable edit ("Write the cabinet report"); nothing is done
     * when nothing changed. False, with {@link #problemProperty()} saying why, when the file refuses.
     */
    public boolean save() {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || session.isReadOnly()) {
            problem.set("This file cannot be changed here: it is a recorded review or opened read-only.");
            return false;
        }
        CabinetPapers current = session.model().cabinetPapers();
        Map<ReportText, String> typed = new EnumMap<>(ReportText.class);
        texts.forEach((section, text) -> typed.put(section, text.get()));
        CabinetPapers changed = current.withTexts(typed);
        if (changed.equals(current)) {
            return true;
        }
        String refused = main.attempt(Edit.of("Write the cabinet report", Change.update(current, changed)));
        problem.set(refused == null ? "" : refused);
        return refused == null;
    }
}
