package org.partnershipatlas.io;

import static org.partnershipatlas.model.BodyField.ACCOUNTABLE_BODY;
import static org.partnershipatlas.model.BodyField.CHAIR;
import static org.partnershipatlas.model.BodyField.COUNCIL_CONTRIBUTION;
import static org.partnershipatlas.model.BodyField.EXIT_STRATEGY;
import static org.partnershipatlas.model.BodyField.INFORMATION_SHARING;
import static org.partnershipatlas.model.BodyField.INFORMATION_SHARING_AGREED;
import static org.partnershipatlas.model.BodyField.LAST_REVIEWED;
import static org.partnershipatlas.model.BodyField.LAST_SCRUTINISED;
import static org.partnershipatlas.model.BodyField.LEAD_MEMBER;
import static org.partnershipatlas.model.BodyField.LEAD_OFFICER;
import static org.partnershipatlas.model.BodyField.LEGAL_STATUS;
import static org.partnershipatlas.model.BodyField.LIFECYCLE_STAGE;
import static org.partnershipatlas.model.BodyField.MEETING_FREQUENCY;
import static org.partnershipatlas.model.BodyField.NEXT_REVIEW_DUE;
import static org.partnershipatlas.model.BodyField.NOTES;
import static org.partnershipatlas.model.BodyField.POOLED_BUDGET;
import static org.partnershipatlas.model.BodyField.PURPOSE;
import static org.partnershipatlas.model.BodyField.REPORTING_CYCLE;
import static org.partnershipatlas.model.BodyField.RISK_RATING;
import static org.partnershipatlas.model.BodyField.SCRUTINY_COMMITTEE;
import static org.partnershipatlas.model.BodyField.STATUTORY_BASIS;
import static org.partnershipatlas.model.BodyField.TERMS_AGREED;
import static org.partnershipatlas.model.BodyField.TERMS_OF_REFERENCE;
import static org.partnershipatlas.model.BodyField.VICE_CHAIR;
import static org.partnershipatlas.model.BodyKind.EXECUTIVE;
import static org.partnershipatlas.model.BodyKind.FORUM;
import static org.partnershipatlas.model.BodyKind.NETWORK;
import static org.partnershipatlas.model.BodyKind.PARTNERSHIP_BOARD;
import static org.partnershipatlas.model.BodyKind.SUB_GROUP;
import static org.partnershipatlas.model.BodyKind.TASK_GROUP;
import static org.partnershipatlas.model.BodyKind.THEMED_PARTNERSHIP;
import static org.partnershipatlas.model.Classification.PARTNERSHIP;
import static org.partnershipatlas.model.Classification.WORKING_GROUP;
import static org.partnershipatlas.model.LineKind.ADVISES;
import static org.partnershipatlas.model.LineKind.REPORTS_TO;
import static org.partnershipatlas.model.LineKind.SUB_GROUP_OF;

import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Frequency;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LegalStatus;
import org.partnershipatlas.model.LifecycleStage;
import org.partnershipatlas.model.RiskRating;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.SignificanceCriterion;

/**
 * The bodies, lines and seats of the Northmoor sample. Its deliberate faults, for the health check
 * to find, are marked "FAULT" below: a significant partnership with no lead member, a review
 * overdue, a network holding council money, a reporting loop, a group connected to nothing, and an
 * organisation sitting on twelve bodies.
 */
final class SampleStructure {
    private static final String NDC = "Northmoor District Council";
    private static final String WCC = "Westshire County Council";
    private static final String CVS = "Northmoor Council for Voluntary Service";
    private static final String OVERVIEW = "Overview and Scrutiny Committee";
    private static final String CRIME = "Crime and Disorder Scrutiny Committee";
    private static final String COMMUNITIES = "Communities Scrutiny Committee";

    private final SampleAuthority s;

    SampleStructure(SampleAuthority sample) {
        this.s = sample;
    }

    void build() {
        top();
        communitySafety();
        childrenAndYoungPeople();
        health();
        economy();
        environment();
        housing();
        culture();
        strongerCommunities();
    }

    private void top() {
        Body board = s.body("Northmoor Together Board", "LSP Board", PARTNERSHIP_BOARD, Layer.STRATEGIC, PARTNERSHIP);
        partnership(board, "Sets the shared vision for Northmoor and holds the themed partnerships to account "
                        + "for the Sustainable Community Strategy.",
                "Cllr Helen Ashworth", "Karen Holt", "Cllr Helen Ashworth", NDC, 45_000, OVERVIEW);
        s.govern(board, VICE_CHAIR, "Dr Sarah Quinn", POOLED_BUDGET, 120_000,
                EXIT_STRATEGY, "Cabinet reviews the need for the partnership every three years.");
        Body exec = s.body("Northmoor Together Executive", "LSP Executive", EXECUTIVE, Layer.EXECUTIVE, PARTNERSHIP);
        partnership(exec, "Allocates partnership resources and manages performance across the themes.",
                "Karen Holt", "Nadia Sharif", "Cllr Helen Ashworth", NDC, 10_000, OVERVIEW);
        s.govern(exec, MEETING_FREQUENCY, Frequency.BI_MONTHLY);
        s.line("Northmoor Together Executive", "Northmoor Together Board", REPORTS_TO);
        group("Partnership Performance Group", SUB_GROUP, WORKING_GROUP, "Northmoor Together Executive",
                SUB_GROUP_OF, "Beth Nolan");
        group("Partnership Communications Group", SUB_GROUP, WORKING_GROUP, "Northmoor Together Executive",
                SUB_GROUP_OF, "Beth Nolan");
        group("Partnership Funding Panel", SUB_GROUP, WORKING_GROUP, "Northmoor Together Executive", ADVISES,
                "Nadia Sharif");
        seats("Northmoor Together Board", WCC, "NHS Westshire Integrated Care Board", "Westshire Police",
                "Westshire Fire and Rescue Service", CVS, "Northmoor Chamber of Commerce", "Moorland Homes",
                "Northmoor College");
        seats("Northmoor Together Executive", "NHS Westshire Integrated Care Board", "Westshire Police", CVS);
        seats("Partnership Performance Group", "Northmoor Age Well");
        seats("Partnership Funding Panel", "Westshire Community Foundation");
    }

    private void communitySafety() {
        String theme = "Community safety";
        Body csp = s.body("Safer Northmoor Partnership", "CSP", THEMED_PARTNERSHIP, Layer.EXECUTIVE, PARTNERSHIP, theme);
        partnership(csp, "The statutory community safety partnership: reduces crime, disorder and reoffending.",
                "Supt Mark Ellison", "Rob Kerr", "Cllr Tom Okafor", NDC, 38_000, CRIME);
        s.govern(csp, VICE_CHAIR, "Cllr Tom Okafor", STATUTORY_BASIS, "Crime and Disorder Act 1998, s.5",
                LEGAL_STATUS, LegalStatus.STATUTORY_BOARD, POOLED_BUDGET, 95_000, RISK_RATING, RiskRating.HIGH,
                EXIT_STRATEGY, "None: the partnership is required by law.");
        s.line("Safer Northmoor Partnership", "Northmoor Together Executive", REPORTS_TO);
        s.judge("Safer Northmoor Partnership", SignificanceCriterion.CORPORATE_PRIORITY,
                SignificanceCriterion.RISK_TO_REPUTATION);
        subGroups("Safer Northmoor Partnership", theme, "Rob Kerr",
                "Anti-social Behaviour Task Group", TASK_GROUP, WORKING_GROUP,
                "Domestic Abuse Local Partnership Group", SUB_GROUP, PARTNERSHIP,
                "Reducing Reoffending Group", SUB_GROUP, WORKING_GROUP,
                "Prevent Steering Group", SUB_GROUP, WORKING_GROUP,
                "Serious Violence Duty Group", SUB_GROUP, PARTNERSHIP,
                "Community Trigger Review Panel", TASK_GROUP, WORKING_GROUP,
                "Domestic Homicide Review Panel", TASK_GROUP, WORKING_GROUP);
        Body nte = s.body("Night-time Economy Task Group", "NTE Task Group", TASK_GROUP, Layer.OPERATIONAL,
                WORKING_GROUP, theme, "Economy and skills");
        s.govern(nte, CHAIR, "Rob Kerr", MEETING_FREQUENCY, Frequency.MONTHLY);
        s.line("Night-time Economy Task Group", "Safer Northmoor Partnership", SUB_GROUP_OF);
        network("Hate Crime Network", NETWORK, "Safer Northmoor Partnership", theme);
        seats("Safer Northmoor Partnership", "Westshire Police", "Westshire Fire and Rescue Service",
                "Westshire Probation Delivery Unit", "NHS Westshire Integrated Care Board", WCC,
                "Office of the Westshire Police and Crime Commissioner", CVS);
        s.seat("Safer Northmoor Partnership", "Cllr Joe Hartley", SeatRole.MEMBER);
        seats("Anti-social Behaviour Task Group", "Westshire Police", "Moorland Homes", "Vale Housing Group");
        seats("Domestic Abuse Local Partnership Group", "Northmoor Women's Refuge", "Westshire Police");
        seats("Serious Violence Duty Group", "Westshire Police", "Westshire Youth Justice Service",
                "Westshire Probation Delivery Unit");
        seats("Night-time Economy Task Group", "Northmoor Business Improvement District");
        seats("Hate Crime Network", "Northmoor Faith Forum");
    }

    private void childrenAndYoungPeople() {
        String theme = "Children and young people";
        Body cypp = s.body("Children and Young People's Partnership", "CYPP", THEMED_PARTNERSHIP, Layer.EXECUTIVE,
                PARTNERSHIP, theme);
        partnership(cypp, "Co-ordinates early help, youth provision and support for families in Northmoor.",
                "Janet Moore", "Chloe Adey", "Cllr Alan Birtles", WCC, 12_000, COMMUNITIES);
        s.govern(cypp, RISK_RATING, RiskRating.LOW);
        s.line("Children and Young People's Partnership", "Northmoor Together Executive", REPORTS_TO);
        subGroups("Children and Young People's Partnership", theme, "Chloe Adey",
                "Early Help Group", SUB_GROUP, WORKING_GROUP,
                "SEND Partnership Group", SUB_GROUP, WORKING_GROUP,
                "Youth Offer Task Group", TASK_GROUP, WORKING_GROUP);
        network("Youth Voice Forum", FORUM, "Children and Young People's Partnership", theme);
        network("Schools and Colleges Network", NETWORK, "Children and Young People's Partnership", theme);
        network("Healthy Schools Network", NETWORK, "Children and Young People's Partnership", theme,
                "Health and wellbeing");
        Body poverty = s.body("Child Poverty Task Group", null, TASK_GROUP, Layer.OPERATIONAL, WORKING_GROUP,
                theme, "Stronger communities");
        s.govern(poverty, CHAIR, "Ian Crowther", MEETING_FREQUENCY, Frequency.MONTHLY);
        s.line("Child Poverty Task Group", "Children and Young People's Partnership", SUB_GROUP_OF);
        seats("Children and Young People's Partnership", "Moorside Academy Trust", "Northmoor College",
                "Young Northmoor", "Westshire Police", "Northmoor Primary Care Network", CVS);
        seats("Early Help Group", "Young Northmoor", "St Anne's Primary School");
        seats("Youth Voice Forum", "Young Northmoor");
        seats("Schools and Colleges Network", "Moorside Academy Trust", "St Anne's Primary School",
                "Northmoor College");
    }

    private void health() {
        String theme = "Health and wellbeing";
        Body hwp = s.body("Northmoor Health and Wellbeing Partnership", "HWP", THEMED_PARTNERSHIP, Layer.STRATEGIC,
                PARTNERSHIP, theme);
        partnership(hwp, "Joins up the council, the NHS and the voluntary sector to reduce health inequalities.",
                "Cllr Priya Lal", "Aisha Begum", "Cllr Priya Lal", NDC, 25_000, COMMUNITIES);
        s.govern(hwp, VICE_CHAIR, "Dr Sarah Quinn", POOLED_BUDGET, 60_000);
        s.line("Northmoor Health and Wellbeing Partnership", "Northmoor Together Board", REPORTS_TO);
        subGroups("Northmoor Health and Wellbeing Partnership", theme, "Aisha Begum",
                "Healthy Northmoor Delivery Group", SUB_GROUP, WORKING_GROUP,
                "Mental Health Alliance", SUB_GROUP, PARTNERSHIP,
                "Tobacco Control Alliance", SUB_GROUP, WORKING_GROUP);
        Body bcf = s.body("Better Care Fund Local Group", "BCF Group", SUB_GROUP, Layer.OPERATIONAL, PARTNERSHIP,
                theme);
        s.govern(bcf, CHAIR, "Dr Sarah Quinn", ACCOUNTABLE_BODY, WCC, POOLED_BUDGET, 850_000,
                MEETING_FREQUENCY, Frequency.MONTHLY, REPORTING_CYCLE, Frequency.QUARTERLY,
                LEGAL_STATUS, LegalStatus.UNINCORPORATED, RISK_RATING, RiskRating.MEDIUM);
        s.line("Better Care Fund Local Group", "Northmoor Health and Wellbeing Partnership", SUB_GROUP_OF);
        Body air = s.body("Air Quality Group", null, SUB_GROUP, Layer.OPERATIONAL, WORKING_GROUP, theme,
                "Environment and climate");
        s.govern(air, CHAIR, "Owen Price", MEETING_FREQUENCY, Frequency.QUARTERLY, NOTES,
                "Was the Air Quality Partnership; partners stopped attending and it is now an officer group.");
        s.line("Air Quality Group", "Northmoor Health and Wellbeing Partnership", REPORTS_TO);
        network("Ageing Well Network", NETWORK, "Northmoor Health and Wellbeing Partnership", theme);
        network("Physical Activity Network", NETWORK, "Northmoor Health and Wellbeing Partnership", theme,
                "Culture and leisure");
        network("Social Prescribing Network", NETWORK, "Northmoor Health and Wellbeing Partnership", theme);
        network("Dementia Friendly Northmoor", NETWORK, "Northmoor Health and Wellbeing Partnership", theme);
        seats("Northmoor Health and Wellbeing Partnership", "NHS Westshire Integrated Care Board",
                "Northmoor General Hospital NHS Foundation Trust", "Westshire Community Health NHS Trust",
                "Westshire Mental Health NHS Trust", WCC, CVS, "Northmoor Age Well");
        seats("Mental Health Alliance", "Westshire Mental Health NHS Trust", "Northmoor Primary Care Network", CVS);
        seats("Better Care Fund Local Group", WCC, "NHS Westshire Integrated Care Board");
        seats("Ageing Well Network", "Northmoor Age Well", CVS);
        seats("Social Prescribing Network", "Northmoor Primary Care Network");
    }

    private void economy() {
        String theme = "Economy and skills";
        Body nep = s.body("Northmoor Economic Partnership", "NEP", THEMED_PARTNERSHIP, Layer.EXECUTIVE, PARTNERSHIP,
                theme);
        // FAULT: significant, with council money, but no lead member.
        partnership(nep, "Brings business, colleges and the council together to grow jobs and skills.",
                "Michael Grant", "Liam Foster", null, NDC, 60_000, OVERVIEW);
        s.line("Northmoor Economic Partnership", "Northmoor Together Executive", REPORTS_TO);
        s.judge("Northmoor Economic Partnership", SignificanceCriterion.CORPORATE_PRIORITY);
        subGroups("Northmoor Economic Partnership", theme, "Liam Foster",
                "Town Centres Task Group", TASK_GROUP, WORKING_GROUP,
                "Skills and Employment Group", SUB_GROUP, PARTNERSHIP,
                "Inward Investment Group", SUB_GROUP, WORKING_GROUP,
                "Digital Skills Task Group", TASK_GROUP, WORKING_GROUP);
        Body visitor = s.body("Visitor Economy Group", null, SUB_GROUP, Layer.OPERATIONAL, WORKING_GROUP, theme,
                "Culture and leisure");
        s.govern(visitor, CHAIR, "Sophie Lane", MEETING_FREQUENCY, Frequency.QUARTERLY);
        s.line("Visitor Economy Group", "Northmoor Economic Partnership", SUB_GROUP_OF);
        network("Northmoor Business Network", NETWORK, "Northmoor Economic Partnership", theme);
        network("Market Towns Forum", FORUM, "Northmoor Economic Partnership", theme);
        seats("Northmoor Economic Partnership", "Northmoor Chamber of Commerce",
                "Northmoor Business Improvement District", "Northmoor College", "University of Westshire",
                "Jobs and Benefits Office, Northmoor", "Hexley Manufacturing Group");
        seats("Skills and Employment Group", "Northmoor College", "Jobs and Benefits Office, Northmoor", CVS);
        seats("Market Towns Forum", "Kelbrook Town Council", "Hexley Parish Council", "Ashby Moor Parish Council");
        seats("Northmoor Business Network", "Northmoor Chamber of Commerce", "Moorland Water",
                "Northmoor Bus Company");
    }

    private void environment() {
        String theme = "Environment and climate";
        Body cap = s.body("Climate Action Partnership", null, THEMED_PARTNERSHIP, Layer.EXECUTIVE, PARTNERSHIP, theme);
        partnership(cap, "Leads the district's path to net zero and adapting to a changing climate.",
                "Cllr Ruth Pennington", "Grace Tandy", "Cllr Ruth Pennington", NDC, 20_000, OVERVIEW);
        s.line("Climate Action Partnership", "Northmoor Together Executive", REPORTS_TO);
        subGroups("Climate Action Partnership", theme, "Grace Tandy",
                "Waste and Recycling Group", SUB_GROUP, WORKING_GROUP,
                "Flood Resilience Group", SUB_GROUP, PARTNERSHIP,
                "Nature Recovery Task Group", TASK_GROUP, WORKING_GROUP,
                "Sustainable Transport Group", SUB_GROUP, WORKING_GROUP,
                "Energy Efficiency Task Group", TASK_GROUP, WORKING_GROUP);
        // FAULT: a network that holds council money.
        network("Green Spaces Network", NETWORK, "Climate Action Partnership", theme);
        s.govern(s.named("Green Spaces Network"), COUNCIL_CONTRIBUTION, 15_000);
        seats("Climate Action Partnership", "Moorland Water", "Moorland Wildlife Trust", "Flood and Coast Agency",
                "Northmoor Bus Company", "University of Westshire");
        seats("Flood Resilience Group", "Flood and Coast Agency", "Moorland Water", "Westshire Fire and Rescue Service");
        seats("Green Spaces Network", "Moorland Wildlife Trust", "Westshire Local Nature Partnership", CVS);
    }

    private void housing() {
        String theme = "Housing";
        Body hp = s.body("Northmoor Housing Partnership", null, THEMED_PARTNERSHIP, Layer.EXECUTIVE, PARTNERSHIP,
                theme);
        partnership(hp, "Plans new affordable homes and prevents homelessness with the housing associations.",
                "Ann Kowalski", "Paul Ingham", "Cllr Dan Whitlock", NDC, 18_000, COMMUNITIES);
        // FAULT: the review is overdue.
        s.govern(hp, LAST_REVIEWED, s.monthsFromToday(-30), NEXT_REVIEW_DUE, s.monthsFromToday(-6));
        s.line("Northmoor Housing Partnership", "Northmoor Together Executive", REPORTS_TO);
        subGroups("Northmoor Housing Partnership", theme, "Paul Ingham",
                "Private Rented Sector Group", SUB_GROUP, WORKING_GROUP,
                "Rough Sleeping Task Group", TASK_GROUP, WORKING_GROUP,
                "Affordable Housing Delivery Group", SUB_GROUP, WORKING_GROUP,
                "Home Improvement Agency Board", SUB_GROUP, PARTNERSHIP);
        network("Homelessness Forum", FORUM, "Northmoor Housing Partnership", theme);
        network("Housing Associations Network", NETWORK, "Northmoor Housing Partnership", theme);
        seats("Northmoor Housing Partnership", "Moorland Homes", "Vale Housing Group",
                "Northmoor Community Housing Trust", "Homes and Places Agency", CVS);
        seats("Housing Associations Network", "Moorland Homes", "Vale Housing Group",
                "Northmoor Community Housing Trust");
        seats("Homelessness Forum", "Northmoor Food Bank", "Northmoor Advice Centre", CVS);
    }

    private void culture() {
        String theme = "Culture and leisure";
        Body clp = s.body("Culture and Leisure Partnership", null, THEMED_PARTNERSHIP, Layer.EXECUTIVE, PARTNERSHIP,
                theme);
        partnership(clp, "Widens access to arts, heritage and sport across the district.",
                "Cllr Mei Chen", "Sophie Lane", "Cllr Mei Chen", NDC, 8_000, COMMUNITIES);
        s.govern(clp, RISK_RATING, RiskRating.LOW);
        s.line("Culture and Leisure Partnership", "Northmoor Together Executive", REPORTS_TO);
        subGroups("Culture and Leisure Partnership", theme, "Sophie Lane",
                "Events Task Group", TASK_GROUP, WORKING_GROUP,
                "Sport and Physical Activity Group", SUB_GROUP, WORKING_GROUP,
                "Northmoor Festival Steering Group", TASK_GROUP, WORKING_GROUP);
        network("Northmoor Arts Network", NETWORK, "Culture and Leisure Partnership", theme);
        network("Heritage Forum", FORUM, "Culture and Leisure Partnership", theme);
        seats("Culture and Leisure Partnership", "Northmoor Leisure Trust", "Northmoor Arts Collective",
                "Northmoor Heritage Trust", "Westshire Sports Partnership");
        seats("Sport and Physical Activity Group", "Northmoor Leisure Trust", "Westshire Sports Partnership");
        seats("Northmoor Arts Network", "Northmoor Arts Collective");
    }

    private void strongerCommunities() {
        String theme = "Stronger communities";
        Body scp = s.body("Stronger Communities Partnership", "SCP", THEMED_PARTNERSHIP, Layer.EXECUTIVE, PARTNERSHIP,
                theme);
        partnership(scp, "Supports the voluntary sector, volunteering and community cohesion.",
                "Jean Dawes", "Ian Crowther", "Cllr Fatima Rahman", NDC, 22_000, COMMUNITIES);
        s.line("Stronger Communities Partnership", "Northmoor Together Executive", REPORTS_TO);
        subGroups("Stronger Communities Partnership", theme, "Ian Crowther",
                "Financial Inclusion Group", SUB_GROUP, WORKING_GROUP,
                "Community Cohesion Group", SUB_GROUP, WORKING_GROUP,
                "Armed Forces Covenant Group", SUB_GROUP, WORKING_GROUP,
                "Cost of Living Task Group", TASK_GROUP, WORKING_GROUP);
        network("Voluntary Sector Forum", FORUM, "Stronger Communities Partnership", theme);
        network("Volunteering Network", NETWORK, "Stronger Communities Partnership", theme);
        network("Parish and Town Councils Forum", FORUM, "Stronger Communities Partnership", theme);
        // FAULT: a reporting loop: child poverty -> financial inclusion -> cost of living -> child poverty.
        s.line("Child Poverty Task Group", "Financial Inclusion Group", REPORTS_TO);
        s.line("Financial Inclusion Group", "Cost of Living Task Group", REPORTS_TO);
        s.line("Cost of Living Task Group", "Child Poverty Task Group", REPORTS_TO);
        // FAULT: a group connected to nothing.
        Body digital = s.body("Digital Inclusion Network", null, NETWORK, Layer.OPERATIONAL,
                Classification.NETWORK, theme);
        s.govern(digital, NOTES, "Set up by the library service in 2022; nobody is sure who it answers to.");
        seats("Stronger Communities Partnership", "Northmoor Faith Forum", "Westshire Community Foundation",
                "Northmoor Advice Centre", CVS);
        seats("Financial Inclusion Group", "Northmoor Advice Centre", "Northmoor Food Bank",
                "Jobs and Benefits Office, Northmoor");
        seats("Parish and Town Councils Forum", "Ashby Moor Parish Council", "Kelbrook Town Council",
                "Hexley Parish Council", "Eastvale District Council");
        seats("Voluntary Sector Forum", "Northmoor Age Well", "Young Northmoor", "Northmoor Food Bank");
        seats("Digital Inclusion Network", "Northmoor Age Well");
    }

    /** A themed partnership's full governance record; reviews and scrutiny recent unless changed after. */
    private void partnership(Body body, String purpose, String chair, String leadOfficer, String leadMember,
                             String accountableBody, int contribution, String scrutiny) {
        s.govern(body, PURPOSE, purpose, CHAIR, chair, LEAD_OFFICER, leadOfficer, LEAD_MEMBER, leadMember,
                ACCOUNTABLE_BODY, accountableBody, TERMS_OF_REFERENCE, "Terms of reference, version 2",
                TERMS_AGREED, s.monthsFromToday(-20), LEGAL_STATUS, LegalStatus.UNINCORPORATED,
                MEETING_FREQUENCY, Frequency.QUARTERLY, REPORTING_CYCLE, Frequency.TWICE_A_YEAR,
                COUNCIL_CONTRIBUTION, contribution, RISK_RATING, RiskRating.MEDIUM,
                LAST_REVIEWED, s.monthsFromToday(-7),
                NEXT_REVIEW_DUE, s.monthsFromToday(5), SCRUTINY_COMMITTEE, scrutiny,
                LAST_SCRUTINISED, s.monthsFromToday(-4), INFORMATION_SHARING, Boolean.TRUE,
                INFORMATION_SHARING_AGREED, s.monthsFromToday(-20), LIFECYCLE_STAGE, LifecycleStage.DELIVERING);
        for (String person : new String[] {chair, leadMember, leadOfficer}) {
            if (person != null) {
                s.seat(body.name(), person, person.equals(chair) ? SeatRole.CHAIR
                        : person.equals(leadMember) ? SeatRole.LEAD_MEMBER : SeatRole.LEAD_OFFICER);
            }
        }
        s.seat(body.name(), accountableBody, SeatRole.ACCOUNTABLE_BODY);
    }

    /** Sub-groups of one parent, given as name, kind, classification triples, chaired by one officer. */
    private void subGroups(String parent, String theme, String chair, Object... triples) {
        for (int i = 0; i < triples.length; i += 3) {
            group((String) triples[i], (BodyKind) triples[i + 1], (Classification) triples[i + 2], parent,
                    SUB_GROUP_OF, chair, theme);
        }
    }

    private void group(String name, BodyKind kind, Classification classification, String parent,
                       org.partnershipatlas.model.LineKind lineKind, String chair, String... themes) {
        Body body = s.body(name, null, kind, Layer.OPERATIONAL, classification, themes);
        s.govern(body, CHAIR, chair, MEETING_FREQUENCY, kind == TASK_GROUP ? Frequency.MONTHLY : Frequency.QUARTERLY,
                REPORTING_CYCLE, Frequency.QUARTERLY, LAST_REVIEWED, s.monthsFromToday(-10),
                NEXT_REVIEW_DUE, s.monthsFromToday(14));
        s.seat(name, chair, SeatRole.CHAIR);
        s.line(name, parent, lineKind);
    }

    private void network(String name, BodyKind kind, String parent, String... themes) {
        Body body = s.body(name, null, kind, Layer.OPERATIONAL, Classification.NETWORK, themes);
        s.govern(body, MEETING_FREQUENCY, Frequency.TWICE_A_YEAR);
        s.line(name, parent, ADVISES);
    }

    private void seats(String body, String... organisations) {
        for (String organisation : organisations) {
            s.seat(body, organisation, SeatRole.MEMBER);
        }
    }
}
