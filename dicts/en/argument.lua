-- argument: contradicting, correcting or "proving" the customer wrong.
-- Tone guide principle 1, "Win the customer, not the argument".

tact.rule {
  id = "argument.not-true", severity = "warning",
  message = "Flatly contradicting the customer wins the argument and loses the customer; acknowledge, then move to what can be done.",
  rationale = [[
Even when the facts are on our side, "that's not true" makes the customer
defend themselves. Acknowledge how it looks from their side, then set out
what the records show and what happens next.]],
  phrases = {
    "{that is|that's|this is|it is|it's|that was|this was|it was} ({simply|just|completely|totally|absolutely|entirely|patently|plainly|clearly|categorically|quite simply}) {not true|untrue|false|incorrect|inaccurate|not correct|not accurate|wrong|a lie|nonsense|rubbish|ridiculous|absurd|not the case|a misrepresentation|not what happened|not how it works|not how this works|not what I said|not what we said|not what was agreed}",
    "{that is|that's|this is} simply not so",
    "{that is|that's|this is|it is|it's} {completely|totally|utterly|patently|plainly} {untrue|false|wrong|inaccurate|incorrect|made up}",
    "{that is|that's} {a lie|lies|a false claim|a false statement|an untruth|an exaggeration|a gross exaggeration|a wild exaggeration}",
    "{this|that} never happened",
    "{that|this|it} {isn't|wasn't} true",
    "{your|this|that} {claim|statement|complaint|account|version of events|allegation|assertion} is {false|untrue|incorrect|inaccurate|baseless|unfounded|without merit|groundless}",
    "{no|nope} (,) {that's|that is|it's|it is} not {right|true|correct|the case}",
    "{our|the} records show otherwise",
    "your {claim|allegation|statement|assertion|suggestion|accusation} that *6 is {false|untrue|incorrect|wrong|baseless|unfounded|not true|nonsense}",
    "{your|this|that} {version|account|story|recollection} (of events) {doesn't} {match|add up|stand up|hold up}",
    "{doesn't} match (up with) {our|the} records",
    "{I|we} have {proof|evidence} {that|of|to show}",
    "your {complaint|claim|argument|case|complaints} {doesn't} {stand|hold up|hold water|stand up}",
    "{the|our} {evidence|proof|facts} {proves|prove|shows|show} (that) you {are|were} wrong",
    "{our|the} {records|logs|system|data|evidence|notes|tracking} {clearly|plainly|definitely|categorically} {show|shows|prove|proves|indicate|indicates|say|says|state|states}",
    "the {facts|evidence|records} {say|says|show|shows|suggest|tell} otherwise",
    "the facts speak for themselves",
    "I beg to differ",
    "{I|we} {disagree|strongly disagree|completely disagree|don't agree} (with you)",
  },
  suggest = { "I can see why it looks that way", "Let me check what happened" },
  unless = {
    "{it is|it's|that is|that's|this is} not the case that you {will|owe|need|have|are|must|should|were|would}",
    "{if|in case|whether|unless} {that is|that's|this is|it is|it's|it was|this was|that was} (not) {true|false|incorrect|wrong|inaccurate|not correct|not the case}",
    "not true {for|of|in|on|with|anymore|any more}",
    "{why|whether|if|where} you {think|feel|believe} {it's|it is|that's|that is|this is|it was|that was}",
    "{I suspect|I think|maybe|perhaps} {it's|it is|that's|that is|this is}",
    "{it's|it is|that's|that is|this is|it was} wrong that you",
    "wrong {of|for} {us|me|our}",
    "{this|it|that} {is|was} ({just|completely|totally|clearly}) wrong (,) {and|so} {I|we|I'm|we're|I've|we've}",
    "{it's|it is|this is|that's|that is} not {wrong|incorrect}",
    "{our|the} records {show|clearly show} {that|you} {are|were} right",
    "records show otherwise , {so|and} {I|we} {have}",
    "{that's|that is|this is|it's|it is} not what {happened|we said|was agreed} , {and|so} {I|we}",
    "{I|we} {don't} agree {with|to} {ourselves|the} ({courier|charge|fee})",
    "{I|we} {don't} agree with {the|our} {courier|decision|charge|fee|policy}",
  },
  examples = {
    flag = {
      "That's not true.",
      "That is simply not the case.",
      "Your claim is unfounded.",
      "Our records show otherwise.",
      "Your claim that we overcharged you is false.",
      "Your version of events doesn't match our records.",
      "That's not how it works.",
      "I disagree.",
    },
    pass = {
      "It's not the case that you will be charged twice.",
      "If that's not correct, just let me know and I'll fix it.",
      "It was wrong that you were charged twice, and I've refunded it.",
      "I don't agree with the courier's decision, so I've appealed it for you.",
      "Our records show that you were right about the date.",
    },
  },
}

tact.rule {
  id = "argument.you-are-wrong", severity = "warning",
  message = "Telling the customer they are wrong or confused puts them on the defensive; win the customer, not the argument: acknowledge, then explain what you found.",
  rationale = [[
"You're wrong", "you must have misread" and "get your facts straight" make
the customer defend themselves instead of working with you, even when the
facts are on our side; winning that point costs the relationship.
Acknowledge how the confusion could arise ("I can see where the confusion
came from"), then set out what the records show and what happens next.]],
  phrases = {
    "you {are|were} ({simply|completely|totally|just|quite|absolutely|dead|plainly|clearly|obviously|sadly|very much}) {wrong|mistaken|incorrect|confused|misinformed|misremembering|mixed up|lying|in the wrong|out of line|not correct|not right}",
    "you {have} (got) {it|that|this|things|the facts|your facts|the dates|the details} ({all|completely|totally}) wrong",
    "you {have} got the wrong ({end of the stick|idea})",
    "you {misunderstood|misread|misunderstand|misremember|misremembered|misinterpreted|misheard|mixed up|are confusing|are mixing up|have confused|have mixed up|have misunderstood|have misread}",
    "you {must|may|might} have {misunderstood|misread|misheard|misinterpreted|got confused|got it wrong|mixed up|confused}",
    "you {are} {making|making this|making that|making things} up",
    "you know {that's|that is|this is|it's|it is} not true",
    "{get|check} your facts ({straight|right})",
    "you {have} {got|gotten} your facts wrong",
    "{that is|that's} not what you {said|told us|wrote|ordered|agreed to} ({before|earlier|originally|at first})",
    "you {said|told us|wrote} {the opposite|something else|something different} ({before|earlier|last time})",
    "you {contradict|are contradicting} yourself",
    "you {clearly|obviously} {misunderstood|misread|confused|mixed up}",
    "you {are} not {listening|reading properly|reading carefully}",
    "{prove it|can you prove it|you can't prove}",
  },
  suggest = { "I can see where the confusion came from", "I may not have explained this clearly" },
  unless = {
    "you {are|were} not {wrong|mistaken|confused|imagining it}",
    "you {are|were} {right|correct}",
    "{if|in case|unless|whether} you {misread|misunderstood|were confused|mixed up|got confused}",
    "{I|we} {misunderstood|misread|mixed up|got it wrong}",
    "{were|are} {wrong|incorrect} {on our|in our} {records|system|invoice|side}",
    "{details|dates|labels|prices|sizes|figures|numbers} {were|are} (all) wrong",
  },
  examples = {
    flag = {
      "You're wrong.",
      "You are mistaken about the date.",
      "You must have misread the email.",
      "You've got it all wrong.",
      "Get your facts straight.",
      "That's not what you said before.",
    },
    pass = {
      "You're not wrong: the form is confusing.",
      "You were right, and we have fixed the invoice.",
      "If you misread the date, don't worry; we can move the booking.",
      "I misunderstood your first message, sorry about that.",
    },
  },
}

tact.rule {
  id = "argument.i-never-said", severity = "warning",
  message = "'I never said that' turns the reply into a dispute about words; win the customer, not the argument: acknowledge the misunderstanding and say what you can do.",
  rationale = [[
Disputing what was or wasn't said turns the reply into a trial about words,
and the customer is unlikely to concede; they remember being told something.
Even when our records agree with us, proving it wins the argument and loses
the customer. Acknowledge that the message may have been unclear and move to
what you can do now.]],
  phrases = {
    "I never {said|promised|agreed|told you|stated|claimed|guaranteed|offered|mentioned|suggested|implied|wrote}",
    "I {did not|have not} {say|said|promise|promised|agree|agreed|state|stated|claim|claimed|guarantee|guaranteed|offer|offered} {that|this|anything of the sort|any such thing|anything like that|so}",
    "we never {said|promised|agreed|told you|stated|claimed|guaranteed|offered|suggested|implied|advertised|committed}",
    "we {did not|have not} {say|promise|agree|state|claim|guarantee|offer|commit} {that|this|anything of the sort|any such thing|anything like that|to that|so}",
    "{nobody|no one|no-one} ({here|on our team|at our company|from our team}) (ever) {said|promised|told you|agreed|guaranteed|offered}",
    "at no ({point|time}) did {I|we|anyone|anybody|our team|our staff} {say|promise|agree|state|offer|guarantee|claim|suggest|tell you}",
    "{that's|that is|this is} not what {I|we} {said|wrote|meant|promised|agreed}",
    "{I|we} said no such thing",
    "{I|we} made no such {promise|offer|agreement|commitment|guarantee|claim|statement}",
    "there was no such {promise|agreement|offer|commitment|guarantee|deal}",
    "{that|this} was never {promised|agreed|offered|guaranteed|said|stated|part of the deal|part of the offer}",
    "{those|these} were not my words",
    "{you're} putting words in my mouth",
    "{show|tell} me where {I|we} {said|promised|wrote|agreed|stated}",
    "where did {I|we} (ever) {say|promise|write|agree|state}",
    "nowhere {on|in} {our|the|my|this} {site|website|terms|email|e-mail|page|contract|policy|listing|advert|ad|message|letter|order confirmation} {does|did} {it|we|I} {say|state|mention|promise|claim|offer}",
    "nowhere {did|do|have} {we|I} {say|said|promise|promised|state|stated|offer|offered|guarantee|guaranteed}",
    "{please|kindly} {quote|show} me where",
    "{I|we} {stand|stand firmly} by {what I said|what we said|my statement|our statement|my words|our decision|our position}",
  },
  suggest = { "I can see how that came across", "I'm sorry my earlier message wasn't clearer" },
  unless = {
    "{I|we} never {promised|said|agreed} {to|that} {we|I} {would|could} {not|never}",
    "{nobody|no one} {said|promised} {you|it} {had to|would have to|must|needed to}",
    "{nobody|no one} {ever|here} said {you|this} {were|was|had} (to) wrong",
    "we never {charge|share|sell|ask|store|keep}",
    "{nobody|no one} {should|will|would|can|could} {ever|have}",
  },
  examples = {
    flag = {
      "I never said that.",
      "We never promised next-day delivery.",
      "At no point did anyone offer a refund.",
      "That's not what I said.",
      "We made no such promise.",
      "Show me where I said that.",
      "Nowhere on our site does it say that.",
    },
    pass = {
      "We never charge for returns.",
      "We never share your details with anyone.",
      "Nobody said you had to pay for the repair; it's free.",
      "I said on the phone that I'd call back today, and here I am.",
    },
  },
}

tact.rule {
  id = "argument.the-fact-is", severity = "warning",
  message = "'The fact is…' and 'let me be clear' frame the reply as a debate to win; win the customer, not the argument, and just state the facts.",
  rationale = [[
"The fact is", "let me be clear" and "I rest my case" are moves from a
debate: they announce that the writer is about to win, so the customer digs
in, and at best we win the argument and lose the customer. The facts
themselves are fine. State them without the framing, or introduce them as an
explanation: "Here's where things stand."]],
  phrases = {
    "the {fact|facts|truth|reality} {is|are|of the matter is|remains} ({that|,|:})",
    "the fact remains ({that|,|:})",
    "the bottom line is ({that|,|:})",
    "let me be ({perfectly|very|absolutely|quite|crystal}) clear ({,|:})",
    "{let me|I want to|I'd like to|I would like to} make ({this|it|one thing}) ({perfectly|very|absolutely|crystal}) clear ({,|:})",
    "to be {perfectly|absolutely|crystal} clear ({,|:})",
    "make no mistake ({,|:})",
    "{I|we} {stand by|maintain|insist|repeat|reiterate} that",
    "{I|we} ({must|have to|need to}) {reiterate|reaffirm|restate} (that)",
    "(the) burden of proof",
    "I rest my case",
    "{this|which|that} proves (that) {I|we|you|my|our}",
    "{I am|we are} ({quite|absolutely|100%|completely|entirely}) {right|correct|within our rights|in the right} ({about this|here|on this})",
  },
  suggest = { "Here's where things stand:", "To explain what happened," },
  unless = {
    "the {fact|truth} is {that|,} {we|I} {made|got|let|dropped|messed|should|owe|failed|missed}",
    "the fact {is|that} you {took|have taken|were kind enough} the time",
    "the bottom line is {that|,} {we|I} {will|owe|want}",
    "to be (perfectly) clear , {we|I} {made|got|owe|messed|let} ",
    "to be clear , you {don't|won't} {need|have|be charged|owe|pay}",
  },
  examples = {
    flag = {
      "The fact is, the form was never signed.",
      "Let me be clear: the fee applies.",
      "I stand by that.",
      "I rest my case.",
      "Make no mistake, the fee applies.",
    },
    pass = {
      "The truth is, we made a mistake here.",
      "To be clear, you don't need to pay anything.",
      "The fact that you took the time to write helps us improve.",
    },
  },
}

tact.rule {
  id = "argument.yes-but", severity = "info",
  message = "'I understand, but…' cancels the acknowledgement; keep the empathy by joining with 'and'.",
  rationale = [[
"I understand, but…" gives the empathy and takes it back in the same breath;
the customer remembers only what comes after "but", and feels argued with
rather than understood. Join the two halves with "and", or end the sentence
after the acknowledgement and start the next one with what you can do.]],
  phrases = {
    "{I understand|I hear you|I see your point|I get that|I get it|I appreciate that|I appreciate your frustration|I know|I understand your frustration|I understand your concern|I understand how you feel|I agree|point taken|fair enough|I take your point|I see where you're coming from|I can see that|I realise|I realize|that may be so|that may be true|that may be|I accept that|granted|I sympathise|I sympathize|I see} (,) {but|however}",
  },
  suggest = { "I understand, and", "I hear you, and" },
  unless = {
    "I {know|understand|agree} (,) but {I'll|we'll|let me|here's|here is|I can|we can}",
    "I know but one",
  },
  examples = {
    flag = {
      "I understand, but the fee is fixed.",
      "I hear you, but we can't change it.",
      "Fair enough, but the offer has ended.",
      "I appreciate that, however the rules are clear.",
    },
    pass = {
      "I understand, and I've asked the warehouse to check today.",
      "I know, but let me see what I can do.",
      "I understand how frustrating this is.",
    },
  },
}

tact.rule {
  id = "argument.well-actually", severity = "info",
  message = "'Well, actually' corrects the customer like a debate opponent; win the customer, not the argument, and simply say what you found.",
  rationale = [[
"Well, actually", "let me correct you" and "if you look closely, you'll see"
correct the customer as one would a debating opponent, with a note of
superiority. The customer may well be mistaken, but they don't need that
pointed out to be helped. Simply give the right information: "Here's what I
found: the fee was listed on the order page."]],
  phrases = {
    "well (,) actually (,)",
    "{let me|allow me to|I must|I have to|I need to|just to} correct you ({there|on that|here}) (,)",
    "{if I|I'd} ({just|could|may}) correct you ({there|on that}) (,)",
    "actually , no",
    "{no|nope} , actually",
    "{um|erm|uh} (,) actually (,)",
    "technically (,) {you|that|your|it}",
    "if you {look|check|read} {closely|carefully|properly|again} (,) you {will|would} ({see|notice|find})",
    "{in fact|as a matter of fact} , you",
  },
  suggest = { "To explain,", "Here's what I found:" },
  unless = {
    "well , actually , {we|I} {were|was} wrong",
  },
  examples = {
    flag = {
      "Well, actually, the fee was on the page.",
      "Actually, no.",
      "Let me correct you there, the warranty is one year.",
      "If you look closely, you'll see the date.",
      "In fact, you ordered the small size.",
    },
    pass = {
      "Actually, I have good news: the parcel arrived at the depot.",
      "Well, actually, we were wrong about the date, and I'm sorry.",
      "In fact, we'll refund the shipping too.",
    },
  },
}

tact.rule {
  id = "argument.whether-you-like-it", severity = "warning",
  message = "'Whether you like it or not' turns a fact into a challenge; win the customer, not the argument.",
  rationale = [[
Tags like "whether you like it or not", ", period" and ", plain and simple"
add no information; their only job is to shut down a reply the customer
hasn't written yet, so they read as a dare to argue. Delete the tag and let
the statement stand, with its reason if there is one.]],
  phrases = {
    "(,) whether you like it or not",
    "(,) like it or not",
    ", {period|full stop}",
    "(,) and {that's|that is} {that|final|the end of it}",
    "(,) no ifs (,) {ands|and} or buts",
    ", {end of|that's the end of|that is the end of} story",
    ", {plain|pure} and simple",
    ", simple as that",
  },
  suggest = { "" },
  unless = {
    ", {period|full stop} of {time|notice|cover|grace|two|three}",
  },
  examples = {
    flag = {
      "The fee applies, whether you like it or not.",
      "The fee applies, period.",
      "That's our price, plain and simple.",
      "No refunds after thirty days, and that's final.",
    },
    pass = {
      "The return period is thirty days.",
      "The design is plain and simple, which many customers like.",
      "Whether you like the blue or the green, both ship today.",
    },
  },
}

tact.rule {
  id = "argument.makes-no-sense", severity = "warning",
  message = "Calling the customer's words nonsense turns the reply into a debate; win the customer, not the argument.",
  rationale = [[
Calling the customer's message nonsense, or asking "where did you get that
idea?", attacks their reasoning instead of the problem. The customer usually
has a reason, even if it rests on a misunderstanding, and won't give it up
under attack; the argument is won and the customer lost. Check your
understanding ("Let me make sure I've understood you") or ask a genuine
question.]],
  phrases = {
    "{what you're saying|what you wrote|what you said|your email|your e-mail|your message|your argument|your complaint|your request|your logic|your point|that|this|it} makes no sense",
    "{what you're saying|your email|your message|your argument|your complaint|your logic|that|this} {doesn't} make (any) sense",
    "{that|this} is {illogical|absurd|ridiculous|nonsensical}",
    "I {can't|don't} follow your logic",
    "{where|how} did you get {that|this} idea",
    "{where|how} {are you|did you} {getting|get} {that|this} from",
  },
  suggest = { "Let me make sure I've understood you", "Could you tell me a bit more about what you mean" },
  unless = {
    "{charge|fee|price|invoice|bill|error|message|label|date|total|delay} {doesn't} make (any) sense",
    "{it|that|this} makes no sense to {charge|bill|ask|make} you",
    "{it|that|this} {doesn't} make sense for you to",
    "{it|that|this} makes sense",
  },
  examples = {
    flag = {
      "What you're saying makes no sense.",
      "Your email doesn't make any sense.",
      "Where did you get that idea?",
    },
    pass = {
      "That charge doesn't make sense, so I've refunded it.",
      "It makes no sense to charge you twice, so I've reversed it.",
      "That makes sense, and I'll update the order.",
    },
  },
}

tact.rule {
  id = "argument.beside-the-point", severity = "warning",
  message = "Ruling the customer's point irrelevant scores a point and loses the customer; acknowledge it, then say what matters for the next step.",
  rationale = [[
"That's irrelevant", "you're missing the point" and "that's not a valid
reason" rule the customer's point out of order, as a judge would. It scores
a point in the argument and tells the customer that what worries them
doesn't count. Acknowledge what they raised, then explain which facts decide
the outcome and what happens next.]],
  phrases = {
    "{that's|that is|this is|it's|it is|that was|this was} ({completely|totally|entirely|quite|simply}) {irrelevant|beside the point|neither here nor there}",
    "{you're|you are|you've|you have} ({completely|totally|entirely}) {missing|missed} the point",
    "you ({completely|totally|entirely}) {miss|missed} the point",
    "{is|was} not a valid {argument|point|complaint|reason|excuse}",
    "your {argument|logic|reasoning|point} {is|was} ({completely|totally|deeply}) {flawed|weak|invalid|irrelevant}",
  },
  unless = {
    "{if|whether} {that's|that is|this is|it's|it is} ({completely|totally|entirely|quite}) {irrelevant|beside the point}",
    "{is|was} not a valid {reason|excuse} for {us|me|our|the}",
  },
  examples = {
    flag = {
      "That's irrelevant to your refund.",
      "You're missing the point of the policy.",
      "Being late is not a valid reason to cancel.",
    },
    pass = {
      "The delay on our side is not a valid reason for us to charge you, so I've removed the fee.",
      "If it's irrelevant, feel free to skip that part of the form.",
      "We took your point about the packaging and changed it.",
    },
  },
}
