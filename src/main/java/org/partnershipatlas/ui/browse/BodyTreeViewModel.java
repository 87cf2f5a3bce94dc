package org.partnershipatlas.ui.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The left panel's list of bodies, grouped by layer or by theme and narrowed by a filter. A body with
 * several themes appears under each, since a head of policy looks for it under any of them.
 */
public final class BodyTreeViewModel {
    /** The two ways of grouping the list. */
    public enum Grouping { BY_LAYER, BY_THEME }

    /** One heading of the tree and the bodies under it, sorted by name. */
    public record Group(String label, List<Body> bodies) {
        /** "Community safety (9)". */
        public String heading() {
            return label + " (" + bodies.size() + ")";
        }
    }

    static final String NO_THEME = "No theme";

    private final DocumentContext main;
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.BY_LAYER);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<List<Group>> groups = new ReadOnlyObjectWrapper<>(this, "groups", List.of());

    public BodyTreeViewModel(DocumentContext main) {
        this.main = main;
        grouping.addListener((o, was, now) -> rebuild());
        filter.addListener((o, was, now) -> rebuild());
        main.sessionProperty().addListener((o, was, now) -> rebuild());
        main.modelChangesProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The groups to show now; empty groups are left out while a filter is typed. */
    public ReadOnlyObjectProperty<List<Group>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    public void select(Body body) {
        main.selectedBodyIdProperty().set(body == null ? null : body.id());
    }

    private void rebuild() {
        DocumentSession session = main.sessionProperty().get();
        if (session == null) {
            groups.set(List.of());
            return;
        }
        AuthorityModel model = session.model();
        String wanted = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        Map<String, List<Body>> byHeading = new LinkedHashMap<>();
        if (grouping.get() == Grouping.BY_LAYER) {
            for (Layer layer : Layer.values()) {
                byHeading.put(layer.label(), new ArrayList<>());
            }
        } else {
            for (Theme theme : model.themes()) {
                byHeading.put(theme.name(), new ArrayList<>());
            }
            byHeading.put(NO_THEME, new ArrayList<>());
        }
        for (Body body : model.bodies()) {
            if (!matches(body, wanted)) {
                continue;
            }
            if (grouping.get() == Grouping.BY_LAYER) {
                byHeading.get(body.layer().label()).add(body);
            } else if (body.themeIds().isEmpty()) {
                byHeading.get(NO_THEME).add(body);
            } else {
                for (Long themeId : body.themeIds()) {
                    byHeading.get(model.theme(themeId).name()).add(body);
                }
            }
        }
        List<Group> result = new ArrayList<>();
        byHeading.forEach((heading, bodies) -> {
            if (bodies.isEmpty() && (!wanted.isEmpty() || heading.equals(NO_THEME))) {
                return;
            }
            bodies.sort(Comparator.comparing(Body::name, String.CASE_INSENSITIVE_ORDER));
            result.add(new Group(heading, List.copyOf(bodies)));
        });
        groups.set(List.copyOf(result));
    }

    private static boolean matches(Body body, String wanted) {
        return wanted.isEmpty() || body.name().toLowerCase(Locale.ROOT).contains(wanted)
                || (body.shortName() != null && body.shortName().toLowerCase(Locale.ROOT).contains(wanted));
    }
}
