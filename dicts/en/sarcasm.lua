-- sarcasm: what we mean as a joke lands as contempt in writing.
-- Tone guide principle 12, "Impact is not intent".

tact.rule {
  id = "sarcasm.thanks-i-guess", severity = "warning",
  message = "Grudging thanks read as sarcasm; impact is not intent, so thank them plainly or not at all.",
  rationale = [[
"Thanks, I guess", "thanks for nothing" and "gee, thanks" are thanks with a
sneer attached. In writing there is no smile to soften them, so whatever the
intent the customer reads contempt. Thank them plainly for something
specific, or leave the thanks out.]],
  phrases = {
    "{thanks|thank you} (,) I guess",
    "thanks for nothing",
    "{gee|wow|well|oh} (,) thanks",
    "thanks a bunch",
    "thanks a million (,) {not|really}",
    "{thanks|thank you} {so much|very much|a lot} for {nothing|that , I guess|the lecture|the lesson}",
    "{thanks|thank you} for {the|your} ({helpful|valuable|expert}) {lecture|lesson|sermon|life advice|input , I guess}",
    "{much|greatly} appreciated , {not|I'm sure|I guess}",
  },
  suggest = { "Thank you", "Thanks for letting me know" },
  unless = {
    "{well|oh} (,) thanks {for|so|very|again|a lot|to}",
  },
  examples = {
    flag = {
      "Thanks, I guess.",
      "Thanks for nothing.",
      "Gee, thanks.",
      "Thanks for the lecture.",
    },
    pass = {
      "Thanks for letting us know about the delay.",
      "Well, thanks for your patience while we sorted this out.",
      "I guess the parcel went to the depot, so thanks for checking.",
    },
  },
}

tact.rule {
  id = "sarcasm.oh-great", severity = "warning",
  message = "Mock enthusiasm ('oh great', 'just perfect') reads as contempt; impact is not intent, so say it plainly.",
  rationale = [[
"Oh, wonderful", "just perfect" and "what a surprise" say the opposite of
what they mean. In a tense exchange the customer takes them as mockery,
whatever the writer intended. Say what you actually mean, in plain words: "I
know this is frustrating."]],
  phrases = {
    "{oh|well|oh well} (,) {great|wonderful|perfect|lovely|brilliant|fantastic|terrific|marvellous|marvelous|joy|goody|super|that's great|that's just great}",
    "{oh|yay} (,) joy",
    "just {great|perfect|wonderful|what I needed|what we needed|fantastic|lovely|brilliant|peachy|dandy} {.|!}",
    "{great|fantastic|perfect|lovely|wonderful|brilliant|marvellous|marvelous} (,) just what {I|we} {needed|wanted}",
    "{that's|that is} just {great|perfect|wonderful|fantastic|lovely|brilliant|peachy|dandy|what I needed|what we needed} {.|!}",
    "(well) {isn't} that (just) {great|wonderful|lovely|convenient|special|nice}",
    "how {convenient|original|surprising|shocking|nice of you|kind of you|thoughtful of you|lovely for you|nice for you} {.|!}",
    "{what a|big} {surprise|shock|shocker}",
    "surprise (,) surprise",
    "who would have {thought|guessed|known}",
    "who knew ?",
    "go figure",
    "{imagine|fancy} that",
    "{slow clap|bravo}",
    "{good|great|nice} {job|work|going} (,) {genius|Einstein|Sherlock}",
    "{no|thank you} , {Sherlock|Einstein|genius|captain obvious}",
    "{well|oh} done (,) {you|genius|Einstein}",
  },
  suggest = { "I understand", "I know this is frustrating" },
  unless = {
    "{oh|well} (,) {great|wonderful|perfect|lovely|brilliant|fantastic} {question|news|idea|point|to hear|choice|thanks|that you|that the}",
    "how {kind|nice|thoughtful} of you to {write|share|say|send|think|let us|tell us|take}",
    "{imagine|fancy} that {you|we|the|your|our} {could|can|will|might}",
  },
  examples = {
    flag = {
      "Oh, wonderful.",
      "Well, isn't that convenient.",
      "What a surprise.",
      "Just perfect.",
    },
    pass = {
      "Oh, great question: the blue one is larger.",
      "How kind of you to write, thank you.",
      "Perfect, I've updated the address.",
    },
  },
}

tact.rule {
  id = "sarcasm.great-another", severity = "warning",
  message = "'Great, another…' mocks the customer's problem; impact is not intent, so acknowledge it plainly.",
  rationale = [[
"Great, another delay" mocks the problem, and with it the customer who
reported it. Impact is not intent: it may feel like wry humour to the
writer, but on the page it reads as an eye-roll. Acknowledge the repeat
plainly: "I'm sorry this is another delay."]],
  phrases = {
    "{great|wonderful|fantastic|perfect|lovely|brilliant|terrific|super|awesome|marvellous|marvelous|splendid} (,) (just) {another|yet another}",
    "{oh|well} (,) {great|wonderful|perfect|lovely|brilliant|fantastic} (,) (just) another",
  },
  suggest = { "I know this is another", "I'm sorry this is another" },
  unless = {
    "{great|wonderful|fantastic|perfect|lovely|brilliant} (,) (just) another {one|reason|option|way|chance|bonus|perk|day|customer|happy customer|week|win|five-star}",
    "{great|wonderful|fantastic|perfect|lovely|brilliant} {news|to hear} (,) another",
  },
  examples = {
    flag = {
      "Great, another delay.",
      "Lovely, yet another password reset request.",
      "Oh great, another complaint about the courier.",
      "Wonderful, just another broken part.",
    },
    pass = {
      "Great news: another parcel is on its way to you.",
      "Perfect, I've updated the address.",
      "Another parcel is on its way, which is great.",
    },
  },
}

tact.rule {
  id = "sarcasm.yeah-right", severity = "warning",
  message = "Scoffing replies like 'yeah, right' or 'if you say so' mock the customer; impact is not intent, so respond plainly.",
  rationale = [[
"Yeah, right", "if you say so" and "good luck with that" scoff at what the
customer said, signalling disbelief without the courtesy of saying it.
Whatever the intent, the customer hears mockery and stops listening. Respond
to the substance: say what you understand, and if you doubt a claim, say
what you will check.]],
  phrases = {
    "yeah (,) right",
    "{sure|yeah|right|oh sure|oh yes} , because",
    "{however|how} will you (ever) cope",
    "{nice|good|kind|thoughtful|lovely|great} of you to finally",
    "{glad|nice|good|great} (that) you finally {figured|worked|read|noticed|replied|got|found|managed|understood|realised|realized}",
    "a whole {day|two days|two-day|three-day|week|hour|few days|few minutes|minute} {wait|delay}",
    "sure you {did|do|have|are|were|will|can|didn't|don't|haven't|weren't}",
    "nice try",
    "if you say so",
    "whatever you say",
    "{yeah|sure} (,) whatever",
    "{fine|ok|okay} (,) whatever",
    "as if {.|!}",
    "{yeah|oh|ha} (,) as if",
    "in your dreams",
    "dream on",
    "good luck with that",
    "you don't say",
    "no kidding",
    "{no|well} (,) duh",
    "duh",
    "{news flash|newsflash}",
    "in case you {hadn't|haven't|didn't} noticed",
    "hello ?",
    "earth to",
    "{clearly|obviously} you know {better|best|more than us|more than me}",
    "since you {know|seem to know} {so much|better|best|everything|it all}",
    "{since|as} you're {the|such an} expert",
    "{I'm} sure you {know|do|think you know} {better|best}",
    "suit yourself",
    "have it your way",
    "if that's what you {want|choose|prefer} to believe",
  },
  suggest = { "I understand", "I see what you mean" },
  unless = {
    "{I'm|we're|be|make|made|making|pretty|quite|very|not|feel|rest|are you|you} sure you",
    "{I'm} sure you {do|know} {best|better} {what|how|which}",
    "if you say so , {we|I|we'll|I'll} {will|can|can't}",
    "good luck with {the|your} {move|exam|exams|interview|launch|event|trip|new|project|wedding|race|match|surgery|recovery|studies}",
  },
  examples = {
    flag = {
      "Yeah, right.",
      "Sure you did.",
      "If you say so.",
      "Good luck with that.",
      "In case you hadn't noticed, the store is closed.",
      "Fine, whatever.",
      "Sure, because clicking one link is so difficult.",
      "Nice of you to finally reply.",
    },
    pass = {
      "It looks as if the parcel was left at the depot.",
      "I'm sure you'll love the new model.",
      "Good luck with the move, and thanks for letting us know.",
      "Whatever colour you pick ships today.",
    },
  },
}

tact.rule {
  id = "sarcasm.eye-roll", severity = "warning",
  message = "Sighs, eye-rolls and 'lol' at the customer read as contempt; impact is not intent, so leave them out.",
  rationale = [[
Written sighs, eye-rolls, "ugh", "smh" and "lol" at the customer's expense
show impatience or mockery without a word of argument. They may feel
harmless in a chat window, but the customer reads contempt. Delete them; if
something is frustrating, say so in words.]],
  -- A word of each regex, or one of the emoji: the regexes run only there.
  when = {
    "sigh", "sighs", "ugh", "smh", "facepalm", "facepalms", "lol", "lmao", "rofl",
    "meh", "pfft", "tsk", "eye", "eyeroll", "eyerolls", "rolls", "head", "headdesk",
    "groan", "groans", "shakes",
    regex = "[\u{1F644}\u{1F926}\u{1F612}\u{1F624}\u{1F611}\u{1F610}\u{1F937}\u{1F60F}]",
  },
  regex = {
    "(?<![\\w*])\\*+\\s*(?:sighs?|eye ?rolls?|rolls eyes|facepalms?|head ?desk|groans?|shakes head)\\s*\\*+",
    "(?<![\\w*-])(?:sigh|ugh|smh|facepalm|lol|lmao|rofl|meh|pfft|tsk)(?![\\w*-])",
    "[\u{1F644}\u{1F926}\u{1F612}\u{1F624}\u{1F611}\u{1F610}\u{1F937}\u{1F60F}]",
  },
  suggest = { "" },
  unless = {
    "sigh of relief",
    "{breathe|breathed|breathing|let out|heaved} a sigh",
  },
  examples = {
    flag = {
      "*sigh* The form is on page two.",
      "Ugh, the courier again.",
      "You ordered the wrong size lol.",
      "The link is in the email \u{1F644}",
    },
    pass = {
      "You'll breathe a sigh of relief when the parcel arrives.",
      "The Lola model is back in stock.",
      "Please see the attached form.",
    },
  },
}

tact.rule {
  id = "sarcasm.scare-quotes", severity = "warning",
  message = "'So-called' and 'quote, unquote' sneer at the customer's words; impact is not intent, so mirror their terms.",
  rationale = [[
"Your so-called fault", "your 'problem'" and "quote, unquote" put the
customer's own words in doubt, implying they are exaggerating or worse;
whatever we meant, that is how it lands. Mirror their terms without the
sneer: if they call it a fault, call it a fault while you look into it.]],
  phrases = {
    "your so-called",
    "{the|this|that} so-called {problem|issue|fault|complaint|emergency|urgent|damage|defect|bug|error|delay|mistake|mix-up}",
    "{quote|quote ,} unquote",
    "{your|this|the} {\"|\u{201C}} {problem|issue|fault|complaint|emergency|urgent|damage|defect|bug|error|delay|mistake} {\"|\u{201D}}",
  },
  suggest = { "your", "the" },
  unless = {
    "so-called because",
  },
  examples = {
    flag = {
      "We looked at your so-called fault.",
      "Your \"problem\" was a loose cable.",
      "This is, quote unquote, urgent.",
    },
    pass = {
      "The so-called smart plug is now called the Home Plug.",
      "Your problem was a loose cable, which we've now fixed.",
    },
  },
}

tact.rule {
  id = "sarcasm.mock-praise", severity = "warning",
  message = "Mock praise like 'very funny' or 'real mature' mocks the customer; impact is not intent, so respond to the point.",
  rationale = [[
"Very funny", "real mature" and "congratulations, you managed to break it"
are praise turned into insults, however light the intent. They invite an
answer in kind and pull the conversation away from the problem. Leave them
out and respond to the point the customer made.]],
  phrases = {
    "very funny",
    "{real|very|how} mature",
    "{real|very|how} {classy|clever|helpful|original|grown-up|grown up} {.|!}",
    "{congratulations|congrats|well done} , {you|you've} {managed|broken|ruined|found|done it}",
    "{I'm} {so|very} impressed , {not|really}",
    "{what a|such a} {genius|clever clogs|smart alec|smart aleck|know-it-all}",
    "{aren't|are} you {clever|smart|funny} {.|!|?}",
  },
  suggest = { "" },
  unless = {
    "very funny {story|video|photo|picture|card|message|note|gift}",
    "{how|very} helpful {it|this|you} {is|was|were|are|will be|would be}",
  },
  examples = {
    flag = {
      "Very funny.",
      "Real mature.",
      "Congratulations, you managed to break it.",
      "How helpful.",
    },
    pass = {
      "Thanks for the very funny card; the team loved it.",
      "How helpful this guide will be depends on your model.",
      "Congratulations on your new home, and thanks for ordering.",
    },
  },
}
