package org.imagoclinic.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hand-written phrases for the demo clinic's clinical records, in the words an Imago therapist might
 * use; picked from the seed. (Datafaker makes names; it has no clinical prose.)
 */
final class ClinicalPhrases {

    static final List<String> DIALOGUE_TOPICS = List.of("household chores", "time with the children",
            "money and spending", "feeling alone in the evenings", "visits to the in-laws", "working late",
            "affection and touch", "how we argue", "plans for the holidays", "phones at the dinner table",
            "the move to a new flat", "feeling criticised", "weekends together", "trust after the affair");

    static final List<String> CAREGIVERS = List.of("mother", "father", "grandmother", "stepfather", "older sister");
    static final List<String> CAREGIVER_POSITIVE = List.of("warm", "funny", "hard-working", "reliable", "creative",
            "protective", "generous", "calm");
    static final List<String> CAREGIVER_NEGATIVE = List.of("distant", "critical", "unpredictable", "busy", "anxious",
            "controlling", "absent", "quick to anger", "withdrawn");
    static final List<String> WANTED_MOST = List.of("to be listened to", "to feel safe", "to be noticed",
            "warmth and closeness", "to be allowed my own opinion", "praise for who I was", "someone to rely on");
    static final List<String> FEELINGS = List.of("lonely and unimportant", "afraid and small", "invisible",
            "angry and helpless", "ashamed", "overwhelmed", "anxious and on edge");
    static final List<String> REACTIONS = List.of("withdrew to my room", "tried harder to please",
            "got loud until someone noticed", "kept my feelings to myself", "looked after everyone else",
            "went quiet and read");
    static final List<String> PARTNER_POSITIVE = List.of("kind", "loyal", "patient", "fun to be with", "thoughtful",
            "a devoted parent", "curious", "steady");
    static final List<String> PARTNER_NEGATIVE = List.of("distracted", "critical", "closed off", "impatient",
            "busy all the time", "hard to reach when upset", "quick to blame");

    /** A frustration, its feeling, the desire in it, the childhood link, and three positive requests. */
    record Request(String frustration, String feeling, String desire, String childhoodLink, List<String> requests) {
    }

    static final List<Request> REQUESTS = List.of(
            new Request("When I come home you are on your phone and don't look up.", "lonely", "to feel welcomed",
                    "No one looked up when I came home from school.", List.of(
                    "Three evenings a week for the next month, put your phone away and greet me at the door.",
                    "Every day this week, ask me one question about my day over dinner.",
                    "On Sunday evenings for the next four weeks, sit with me for twenty minutes without screens.")),
            new Request("I do most of the housework and plan everything for the children.", "tired and unseen",
                    "to feel we are a team", "I had to look after my younger brothers.", List.of(
                    "For the next month, cook dinner on Tuesdays and Thursdays.",
                    "Each Sunday for four weeks, sit down with me for fifteen minutes to plan the week.",
                    "Take the children to school on Mondays and Fridays for the next six weeks.")),
            new Request("When we argue you walk out of the room.", "frightened and abandoned",
                    "to know you will come back", "My father left the house for days after rows.", List.of(
                    "When you need a break during a row, tell me when you will come back, every time this month.",
                    "Come back within thirty minutes and ask me for a dialogue, at least twice this month.",
                    "Hold my hand for a minute before you leave the room, for the next three weeks.")),
            new Request("You make plans with your friends without asking me.", "unimportant", "to be included",
                    "My parents decided everything without asking me.", List.of(
                    "Check with me before you accept a weekend invitation, for the next two months.",
                    "Invite me to join you and your friends once this month.",
                    "Tell me your plans for the week each Monday evening for the next month.")),
            new Request("You criticise how I deal with the children in front of them.", "humiliated",
                    "to be respected as a parent", "My mother corrected me in front of everyone.", List.of(
                    "When you disagree about the children, tell me later in private, every time this month.",
                    "Once a week for the next month, tell me one thing I did well with the children.",
                    "Sit with me on Sunday evenings for four weeks to agree on one house rule.")));

    static final List<String> VISION = List.of("We laugh together every day.", "We make decisions about money together.",
            "We have a date night every week.", "We feel safe to say what we need.", "We touch and hug often.",
            "We support each other's work and friendships.", "We resolve arguments with a dialogue.",
            "We spend time as a family every weekend.", "We are honest with each other.", "We have fun together.");
    static final List<String> HARD_EXITS = List.of("Threatens to leave when we argue",
            "Says we should never have married", "Sleeps in the spare room after a fight");
    static final List<String> SOFT_EXITS = List.of("Works late most evenings", "Scrolls on the phone at dinner",
            "Spends every weekend at the gym", "Watches television until after midnight", "Plays video games every evening",
            "Visits parents every weekend without me");
    static final List<String> CARING_NOW = List.of("Brings me a cup of tea in the morning", "Texts me during the day",
            "Listens when I talk about work", "Holds my hand on walks", "Cooks my favourite meal");
    static final List<String> CARING_PAST = List.of("Left me notes in my bag", "Planned surprise weekends",
            "Called me at lunchtime", "Danced with me in the kitchen", "Asked about my day every evening");
    static final List<String> CARING_NEVER_ASKED = List.of("Give me a back rub after a long week",
            "Take me to the theatre", "Write me a letter", "Plan a day just for the two of us", "Sing to me");
    static final List<String> APPRECIATIONS = List.of("I appreciate that you took the children out on Saturday so I could rest.",
            "I appreciate how you listened to me last night without interrupting.",
            "I appreciate the dinner you cooked on Wednesday.",
            "I appreciate that you called when you knew you would be late.",
            "I appreciate that you asked how my interview went.",
            "I appreciate you holding my hand at your mother's birthday.",
            "I appreciate that you came back after our argument and asked for a dialogue.");

    static final List<String> NOTE_OPENINGS = List.of("Both attended on time and settled quickly.",
            "Arrived tense after a row at the weekend; the session started with a short check-in.",
            "Good energy in the room; both reported a calmer week.",
            "One partner was tearful at the start; we slowed down and used a container.",
            "Both described a difficult week with the children.");
    static final List<String> NOTE_WORK = List.of(
            "Practised the couples dialogue on %s; the receiver mirrored well and reached validation with coaching.",
            "Dialogue on %s: the sender used I-statements; the receiver needed help to stay with mirroring.",
            "Worked on %s; both could validate the other's view, empathy still hard for one partner.",
            "Explored %s and the childhood wounds it touches; both listened with more curiosity than last time.");
    static final List<String> NOTE_PLANS = List.of("Practise two dialogues at home before the next session.",
            "Continue the caring behaviours daily; review the behaviour change request next time.",
            "Appreciation dialogue each evening; next session: relationship vision.",
            "Keep the exits closed that they agreed on; follow up the request next session.",
            "Daily temperature reading at home; review the CSI-16 at the next review.");
    static final List<String> INTAKE_NOTES = List.of(
            "Intake: history of the relationship and the presenting problem; both want to stay together. Screen clear for joint work.",
            "Intake: escalating arguments over the last year; introduced the Imago approach and the safety of the dialogue.",
            "Intake: growing distance since the children were born; explained the course of joint sessions and the measures.");

    private ClinicalPhrases() {
    }

    static String one(List<String> phrases, Random random) {
        return phrases.get(random.nextInt(phrases.size()));
    }

    static <T> T any(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code count} different phrases. */
    static List<String> some(List<String> phrases, int count, Random random) {
        List<String> pool = new ArrayList<>(phrases);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < Math.min(count, pool.size()); i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }
}
