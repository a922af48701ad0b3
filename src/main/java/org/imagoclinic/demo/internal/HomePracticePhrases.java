package org.imagoclinic.demo.internal;

import java.util.List;

/**
 * What demo partners write in their home practice log, in a partner's own words: the five parts of the
 * daily temperature reading and the appreciations they gave. Picked from the seed.
 */
final class HomePracticePhrases {

    static final List<String> APPRECIATIONS = List.of("Thank you for making my coffee this morning.",
            "I loved how you listened when I talked about work.", "Thank you for picking the children up today.",
            "I appreciate that you texted me when you were running late.", "You made me laugh at dinner; I needed that.",
            "Thank you for holding my hand on the walk.", "I noticed you put your phone away tonight. Thank you.",
            "Thank you for calling my mother; it meant a lot to her and to me.",
            "I appreciate you doing the washing-up without being asked.", "Thank you for the hug when I got home.");

    static final List<String> NEW_INFORMATION = List.of("My manager wants me to travel next month.",
            "The school called about the parents' evening on Thursday.", "I booked the car in for Saturday morning.",
            "My sister is coming to stay for the weekend.", "I have started running again in the mornings.",
            "The boiler man comes on Wednesday between 8 and 12.");

    static final List<String> PUZZLES = List.of("I wondered why you went quiet after the phone call.",
            "I am not sure what we decided about Christmas.", "I worry that we are spending too much this month.",
            "I was puzzled that you went to bed early; are you all right?",
            "I am anxious about the hospital appointment next week.");

    static final List<String> COMPLAINTS = List.of(
            "It hurt when you checked your phone while I was talking. Could you put it down when we talk?",
            "I felt alone doing bedtime again. Would you do it on Tuesdays and Thursdays?",
            "I was cross that the bins were left out. Could you bring them in on Mondays?",
            "I missed you at dinner. Could you tell me by five when you will be late?",
            "I felt brushed off this morning. Could we have five minutes together before work?");

    static final List<String> WISHES = List.of("I hope we can have a weekend away in the spring.",
            "I would love us to cook together on Sundays again.", "I dream of the garden we talked about.",
            "I wish for more evenings like last Friday.", "I hope we keep doing the dialogue every week.",
            "I would like us to start dancing lessons.");

    private HomePracticePhrases() {
    }
}
