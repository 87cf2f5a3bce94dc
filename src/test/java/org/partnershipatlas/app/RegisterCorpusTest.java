package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Frequency;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.store.AuthorityStore;

/**
 * Seventeen registers in the shapes councils publish (outside-bodies lists with and without
 * appointments, reference columns, significant-partnership registers, title rows and notes, merged
 * cells and several sheets, Windows-1252 and UTF-8 with a byte-order mark, every way of writing an
 * appointment), each brought into a new, empty authority by {@code atlas import} with no mapping,
 * and the file read back: the bodies, people, seats and dates a head of policy would expect.
 */
class RegisterCorpusTest {
    private static final LocalDate END_OF_MAY_2027 = LocalDate.of(2027, 5, 31);
    @TempDir
    Path dir;

    private AuthorityModel imported(Path register) throws Exception {
        Path file = dir.resolve(register.getFileName() + ".atlas.mv.db");
        AuthorityStore.create(file, new AuthorityModel(new Authority("Northmoor Borough Council",
                AuthorityKind.DISTRICT, null, null)), "t").close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"import", register.toString(), "--into", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, register.getFileName() + " did not import with no mapping: " + said);
        assertTrue(said.contains("Imported into"), said);
        try (AuthorityStore store = AuthorityStore.openReadOnly(file, "t")) {
            return store.load();
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(RegisterCorpusTest.class.getResource("/registers/" + name).toURI());
    }

    private AuthorityModel csv(String name) throws Exception {
        return imported(fixture(name));
    }

    private static Body body(AuthorityModel model, String name) {
        return model.bodies().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no body \"" + name + "\" in " + names(model)));
    }

    private static Set<String> names(AuthorityModel model) {
        return model.bodies().stream().map(Body::name).collect(Collectors.toSet());
    }

    /** "Cllr Ahmed member until 2027-05-31" for each seat on a body, place and notes in brackets. */
    private static List<String> seats(AuthorityModel model, String bodyName) {
        return model.seatsOn(body(model, bodyName).id()).stream().map(s -> describe(model, s)).sorted().toList();
    }

    private static String describe(AuthorityModel model, Seat seat) {
        String who = seat.personId() == null ? "(no one)" : model.person(seat.personId()).name();
        return who + " " + seat.role().name().toLowerCase() + (seat.place() == null ? "" : " [" + seat.place() + "]")
                + (seat.from() == null ? "" : " from " + seat.from()) + (seat.until() == null ? "" : " until "
                + seat.until()) + (seat.appointedBy() == null ? "" : " by " + seat.appointedBy())
                + (seat.notes() == null ? "" : " (" + seat.notes() + ")");
    }

    private static Person person(AuthorityModel model, String name) {
        return model.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person \"" + name + "\""));
    }

    private static void noBoardOfBoards(AuthorityModel model) {
        assertTrue(model.bodies().stream().noneMatch(b -> b.layer() == Layer.STRATEGIC), "a flat list is not a grid "
                + "of strategic boards: " + model.bodies().stream().map(b -> b.name() + "=" + b.layer()).toList());
    }

    @Test
    void aModernGovOutsideBodiesListGivesItsPeopleSeatsAndTerms() throws Exception {
        AuthorityModel model = csv("01-moderngov-outside-bodies.csv");
        assertEquals(8, model.bodies().size(), "the title row and the note under the table are not bodies");
        everyWayOfWritingAnAppointment(model);
        assertEquals("Board of trustees", body(model, "Northmoor Leisure Trust").governance().notes());
        noBoardOfBoards(model);
    }

    @Test
    void eachWayCouncilsWriteAnAppointmentIsReadIntoPeopleAndSeats() throws Exception {
        AuthorityModel model = csv("08-appointments-each-way.csv");
        everyWayOfWritingAnAppointment(model);
        assertEquals(List.of("Sam Patel member from 2024-06-01 until 2028-05-31"),
                seats(model, "Northmoor Safeguarding Adults Board"));
    }

    private static void everyWayOfWritingAnAppointment(AuthorityModel model) {
        assertEquals(List.of("Cllr Ahmed member until 2027-05-31", "Cllr Brook substitute until 2027-05-31"),
                seats(model, "Northmoor Leisure Trust"));
        assertEquals(List.of("Cllr Cole member [Leader]", "Cllr Dunn member [Deputy Leader]"),
                seats(model, "Local Government Association General Assembly").stream()
                        .map(s -> s.replace(" (Annual)", "")).toList());
        assertEquals(List.of("Cllr Evans member [Cabinet Member for Housing] (four-year term, expiring Annual "
                + "Council 2027)"), seats(model, "Northmoor Housing Partnership Board"));
        assertEquals(List.of("Cllr Fox member from 2024-04-01", "Cllr Grant member from 2024-04-01"),
                seats(model, "Northmoor Youth Forum"));
        assertEquals(List.of("(no one) member [Northgate Ward Member]"), seats(model, "Northgate Community Association"));
        assertEquals(List.of("(no one) member [Council place 1 of 2]", "(no one) member [Council place 2 of 2]"),
                seats(model, "Air Quality Task Group"));
        assertEquals(List.of("Mrs Jane Hill member"), seats(model, "Citizens Advice Northmoor"));
        assertEquals(PersonKind.PARTNER, person(model, "Mrs Jane Hill").kind(), "a named non-councillor");
        Person patel = person(model, "Sam Patel");
        assertEquals("Director (Place)", patel.title(), "the job title is split from the name");
        assertEquals(PersonKind.OFFICER, patel.kind());
        for (String councillor : List.of("Cllr Ahmed", "Cllr Brook", "Cllr Cole", "Cllr Dunn", "Cllr Evans",
                "Cllr Fox", "Cllr Grant")) {
            assertEquals(PersonKind.COUNCILLOR, person(model, councillor).kind(), councillor);
        }
        long council = model.organisations().stream().filter(o -> o.council()).count();
        assertEquals(1, council, "the council's places are held for the one council organisation");
        assertTrue(model.seats().stream().allMatch(s -> s.organisationId() != null
                && model.organisation(s.organisationId()).council()), "every appointment is the council's");
        assertEquals(BodyKind.OUTSIDE_BODY, body(model, "Northmoor Leisure Trust").kind());
        assertEquals(BodyKind.TASK_GROUP, body(model, "Air Quality Task Group").kind());
        assertEquals(BodyKind.FORUM, body(model, "Northmoor Youth Forum").kind());
        assertEquals(BodyKind.THEMED_PARTNERSHIP, body(model, "Northmoor Housing Partnership Board").kind());
    }

    @Test
    void anOutsideBodiesListWithNoAppointmentsGivesBodiesPlacedByTheirNames() throws Exception {
        AuthorityModel model = csv("02-outside-bodies-no-appointments.csv");
        assertEquals(4, model.bodies().size());
        assertTrue(model.seats().isEmpty());
        assertEquals(BodyKind.OUTSIDE_BODY, body(model, "Westshire Fire Authority").kind());
        assertEquals(BodyKind.OUTSIDE_BODY, body(model, "Northmoor Canal Trust").kind());
        assertEquals(BodyKind.NETWORK, body(model, "Pennine Lancashire Youth Network").kind());
        noBoardOfBoards(model);
    }

    @Test
    void aReferenceColumnIsLeftOutAndADeputyColumnGivesSubstitutes() throws Exception {
        AuthorityModel model = csv("03-reference-columns.csv");
        assertEquals(Set.of("Northmoor Leisure Trust", "Northmoor Credit Union", "Canal and River Partnership",
                "Northmoor Twinning Association"), names(model));
        assertEquals(List.of("Cllr Ahmed member", "Cllr Brook substitute"), seats(model, "Northmoor Leisure Trust"));
        assertEquals(List.of("Cllr Dunn member"), seats(model, "Canal and River Partnership"));
    }

    @Test
    void aSignificantPartnershipsRegisterReadsMoneyStatusAndOfficersAsWritten() throws Exception {
        AuthorityModel model = csv("04-significant-partnerships.csv");
        assertEquals(4, model.bodies().size(), "the title row is not a body");
        Body csp = body(model, "Community Safety Partnership");
        assertEquals("Yes - Crime and Disorder Act 1998", csp.governance().statutoryBasis(), "the Act is the basis");
        assertEquals(new Money(2_500_000), csp.governance().councilContribution(), "£25,000 pa");
        assertEquals(new Money(1_000_000), body(model, "Health and Wellbeing Board").governance()
                .councilContribution(), "£10k +VAT");
        Body economic = body(model, "Northmoor Economic Partnership");
        assertNull(economic.governance().statutoryBasis(), "\"Non-statutory\" is not a statutory basis");
        assertEquals(new Money(750_000), economic.governance().councilContribution(), "£7,500 per annum");
        assertNull(body(model, "Voluntary Sector Compact").governance().statutoryBasis());
        assertEquals("Director (Place)", model.person(csp.governance().leadOfficerId()).title());
        assertEquals("Sam Patel", model.person(csp.governance().leadOfficerId()).name());
        assertEquals("Head of Policy", person(model, "Jo Bloggs").title());
        assertEquals(LocalDate.of(2027, 3, 31), csp.governance().nextReviewDue());
    }

    @Test
    void titleRowsAboveAndNotesBelowTheTableAreNotBodies() throws Exception {
        AuthorityModel model = csv("05-title-rows-and-notes.csv");
        assertEquals(Set.of("Northmoor Together Board", "Safer Northmoor", "Healthy Northmoor"), names(model));
        assertEquals(Frequency.BI_MONTHLY, body(model, "Safer Northmoor").governance().meetingFrequency(),
                "\"Every two months\"");
    }

    @Test
    void windows1252AndUtf8WithAByteOrderMarkKeepTheirAccentsAndPoundSigns() throws Exception {
        AuthorityModel windows = csv("06-windows-1252.csv");
        assertEquals(Set.of("Société Générale Northmoor Fund", "Northmoor Café Partnership"), names(windows));
        assertEquals("Grant of £2,500 a year", body(windows, "Société Générale Northmoor Fund").governance().notes());
        assertEquals(List.of("Cllr Brontë member"), seats(windows, "Northmoor Café Partnership"));
        AuthorityModel bom = csv("07-utf8-bom-semicolons.csv");
        Body cafe = body(bom, "Café Culture Forum");
        assertEquals("Zoë Brontë", bom.person(cafe.governance().chairId()).name());
        assertEquals(new Money(120_000), cafe.governance().councilContribution());
    }

    @Test
    void aFlatRegisterIsPlacedByWhatItsNamesSayNotAsAGridOfBoards() throws Exception {
        AuthorityModel model = csv("09-flat-register.csv");
        assertEquals(12, model.bodies().size());
        noBoardOfBoards(model);
        assertEquals(BodyKind.OUTSIDE_BODY, body(model, "Northmoor Leisure Trust").kind());
        assertEquals(BodyKind.OUTSIDE_BODY, body(model, "Northmoor Credit Union Ltd").kind());
        assertEquals(BodyKind.FORUM, body(model, "Northmoor Youth Forum").kind());
        assertEquals(BodyKind.NETWORK, body(model, "Dementia Friendly Northmoor Network").kind());
        assertEquals(BodyKind.TASK_GROUP, body(model, "Air Quality Task and Finish Group").kind());
        assertEquals(BodyKind.SUB_GROUP, body(model, "Town Centre Steering Group").kind());
        for (String partnership : List.of("Northmoor Economic Partnership", "Health and Wellbeing Board",
                "Joint Waste Committee", "Police and Crime Panel", "Northmoor Community Safety Partnership")) {
            assertEquals(BodyKind.THEMED_PARTNERSHIP, body(model, partnership).kind(), partnership);
            assertEquals(Layer.EXECUTIVE, body(model, partnership).layer(), partnership);
        }
        assertEquals(Layer.OPERATIONAL, body(model, "Northmoor Youth Forum").layer());
    }

    @Test
    void aRegisterWithReportsToIsPlacedByWhereEachBodySits() throws Exception {
        AuthorityModel model = csv("10-tree-register.csv");
        assertEquals(BodyKind.PARTNERSHIP_BOARD, body(model, "Northmoor Together Board").kind());
        assertEquals(Layer.STRATEGIC, body(model, "Northmoor Together Board").layer());
        assertEquals(Layer.EXECUTIVE, body(model, "Safer Northmoor").layer());
        assertEquals(BodyKind.FORUM, body(model, "Domestic Abuse Forum").kind());
        assertEquals(BodyKind.TASK_GROUP, body(model, "Anti-social Behaviour Task Group").kind());
        assertEquals(Layer.OPERATIONAL, body(model, "Anti-social Behaviour Task Group").layer());
        assertEquals(4, model.lines().size());
    }

    @Test
    void anOrganisationColumnIsTheBodyAndRowsBelowANameAreItsFurtherRepresentatives() throws Exception {
        AuthorityModel model = csv("11-organisation-rows.csv");
        assertEquals(Set.of("Northmoor Leisure Trust", "Northmoor Canal Trust", "Westshire Fire Authority"),
                names(model), "\"Organisation\" on an outside-bodies list names the body");
        assertEquals(List.of("Cllr Ahmed member until 2027-05-31", "Cllr Brook member until 2027-05-31"),
                seats(model, "Northmoor Leisure Trust"));
        assertEquals(List.of("Cllr Cole member", "Cllr Dunn member"), seats(model, "Northmoor Canal Trust"),
                "a name repeated for each representative is one body");
        assertEquals(List.of("Cllr Evans member from 2023-06-01"), seats(model, "Westshire Fire Authority"));
    }

    @Test
    void mergedCellsInAWorkbookHoldTheirValueOnEveryRowTheyCover() throws Exception {
        AuthorityModel model = imported(RegisterWorkbooks.mergedCells(dir));
        assertEquals(Set.of("Northmoor Leisure Trust", "Westshire Fire Authority", "Northmoor Canal Trust"), names(model));
        assertEquals(List.of("Cllr Ahmed member until 2027-05-31 by Full Council",
                "Cllr Brook member until 2027-05-31 by Full Council",
                "Cllr Cole member until 2027-05-31 by Full Council"), seats(model, "Northmoor Leisure Trust"));
        assertEquals(List.of("Cllr Dunn member by Full Council (four-year term)",
                "Cllr Evans member by Full Council (four-year term)"), seats(model, "Westshire Fire Authority"));
        assertEquals(List.of("(no one) member [Northgate Ward Member] by Cabinet"), seats(model, "Northmoor Canal Trust"));
    }

    @Test
    void aWorkbookOfSeveralSheetsBringsInEachSheetThatHoldsBodies() throws Exception {
        AuthorityModel model = imported(RegisterWorkbooks.severalSheets(dir));
        assertEquals(Set.of("Northmoor Together Board", "Safer Northmoor", "Hate Crime Network",
                "Northmoor Leisure Trust", "Westshire Archives Joint Committee"), names(model));
        assertEquals(2, model.lines().size());
        assertEquals(Frequency.BI_MONTHLY, body(model, "Safer Northmoor").governance().meetingFrequency());
        assertEquals(List.of("Cllr Ahmed member", "Cllr Brook substitute"), seats(model, "Northmoor Leisure Trust"));
        assertEquals(List.of("Cllr Cole member [Cabinet Member for Culture]"),
                seats(model, "Westshire Archives Joint Committee"));
    }

    @Test
    void aPlacesColumnKeepsThePlacesNoOneIsNamedFor() throws Exception {
        AuthorityModel model = csv("14-councillors-and-places.csv");
        assertEquals(List.of("(no one) member [Council place 3 of 3 (no one named)]", "Cllr Ahmed member",
                "Cllr Brook member"), seats(model, "Northmoor Almshouses"), "a bare name in Councillor(s) is a councillor");
        assertEquals(List.of("Cllr Cole member"), seats(model, "Northmoor Twinning Association"));
        assertEquals(2, seats(model, "Westshire Archives Joint Committee").size());
    }

    @Test
    void tabsTypesAndLineBreaksInCellsAreReadAsCouncilsWriteThem() throws Exception {
        AuthorityModel tabs = csv("15-tab-separated.tsv");
        assertEquals(Frequency.MONTHLY, body(tabs, "Safer Northmoor").governance().meetingFrequency());
        AuthorityModel typed = csv("16-types-and-appointing-body.csv");
        assertEquals(BodyKind.OUTSIDE_BODY, body(typed, "Northmoor Leisure Trust").kind(), "\"Charitable trust\"");
        assertEquals(BodyKind.OUTSIDE_BODY, body(typed, "Northmoor Enterprise Ltd").kind());
        assertEquals(BodyKind.THEMED_PARTNERSHIP, body(typed, "Northmoor Community Safety Partnership").kind());
        assertEquals(List.of("Cllr Cole member by Full Council", "Cllr Dunn member by Full Council"),
                seats(typed, "Northmoor Community Safety Partnership"));
        assertEquals(List.of("Sam Patel member by Leader"), seats(typed, "Northmoor Enterprise Ltd"));
        AuthorityModel broken = csv("17-line-breaks-in-cells.csv");
        assertEquals(List.of("Cllr Ann Lee member", "Cllr Bob Moss member"), seats(broken, "Northmoor Leisure Trust"));
        assertEquals(List.of("Cllr Evans member [Cabinet Member for Housing]"),
                seats(broken, "Northmoor Housing Partnership Board"));
    }

    @Test
    void everyRegisterOfTheCorpusImportsWithNoMapping() throws Exception {
        List<Path> registers;
        try (Stream<Path> files = Files.list(fixture("01-moderngov-outside-bodies.csv").getParent())) {
            registers = new java.util.ArrayList<>(files.sorted().toList());
        }
        registers.add(RegisterWorkbooks.mergedCells(dir));
        registers.add(RegisterWorkbooks.severalSheets(dir));
        assertTrue(registers.size() >= 15, "a corpus of at least fifteen registers: " + registers.size());
        for (Path register : registers) {
            AuthorityModel model = imported(register);
            assertFalse(model.bodies().isEmpty(), register.getFileName().toString());
            assertNotNull(model.authority());
        }
    }
}
