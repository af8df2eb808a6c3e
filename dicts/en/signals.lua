-- Signals: good wording the tone summary counts and document rules read
-- (doc:signal("empathy")). They are never reported as findings; each adds
-- its weight to the tone score once when present.

tact.rule {
  id = "signal.empathy", signal = true, weight = 5,
  rationale = [[
A good sign, never reported: wording that names the customer's feeling ("I
can see why this was frustrating", "No wonder you're upset"). Acknowledging
their experience before solving it shows they were heard, and it makes the
fix easier to accept. It raises the tone score, and document.no-empathy
stays quiet when it is present.]],
  phrases = {
    "I {understand|can see|can imagine|know} {how|why} {frustrating|annoying|upsetting|stressful|disappointing|inconvenient}",
    "I {understand|can see|can imagine} {how|why} ({this|that}) * {frustrated|upset|annoyed|disappointed|worried|concerned}",
    "I {understand|can see|can imagine} {how|why} this {is|was|has been|must be|would be}",
    "I {understand|can see|can imagine} why you {are|were|feel|felt}",
    "{no wonder|it's understandable} {you're|you are|you were|you felt}",
    "that {must|must have} {be|been} {frustrating|annoying|upsetting|stressful|difficult|hard|disappointing}",
    "I'm {so|really|truly|very} sorry {to hear|that you}",
    "I hear you",
    "I {completely|totally|fully} understand",
    "{that's|that is} {completely|totally|entirely} {understandable|fair}",
    "I'd feel the same",
  },
}

tact.rule {
  id = "signal.next-step", signal = true, weight = 5,
  rationale = [[
A good sign, never reported: wording that commits to a concrete next step
("I'll call the courier today", "within 2 working days", "the next step
is"). Saying what will happen, by when and who owns it answers the
customer's real question, "what now?". It raises the tone score, and
document.no-next-step stays quiet when it is present.]],
  phrases = {
    "{I|we} {will|'ll|am going to|are going to} {send|call|email|e-mail|refund|replace|ship|update|check|contact|fix|look into|follow up|get back|reply|arrange|process|credit|escalate}",
    "{I've|I have|we've|we have} {sent|issued|arranged|processed|credited|refunded|escalated|booked|scheduled}",
    "{by|before|on|within} {Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|the end of the day|end of day}",
    "within _ {hours|days|business days|working days|minutes}",
    "{here's|here is} what {I|we} {can|will} do",
    "the next step is",
    "{let's|let us} {set up|schedule|book|arrange} a call",
    "you'll {receive|get|see|hear}",
  },
}

tact.rule {
  id = "signal.thanks", signal = true, weight = 5,
  rationale = [[
A good sign, never reported: thanking the customer ("Thank you for letting
us know", "I appreciate your patience"). Thanking them for raising a problem
treats the complaint as useful information and turns the tone towards
working together. It raises the tone score, and document.no-thanks stays
quiet when it is present.]],
  phrases = {
    "{thank you|thanks} {for|so much|very much|again|a lot}",
    "{I|we} {appreciate|really appreciate} {you|your|it|that|the}",
    "{thank you|thanks} ,",
    "{thank you|thanks} .",
    "{many|big|huge} thanks",
    "grateful {for|that}",
  },
}

-- Asking rather than ordering, and careful rather than categorical words
-- (principles 3 and 12): "could you", "please", "it may help to", "I think".
tact.rule {
  id = "signal.courtesy", signal = true, weight = 4,
  rationale = [[
A good sign, never reported: asking rather than ordering ("could you",
"please", "would it be possible") and careful rather than categorical words
("I think", "it may help to"). Requests worded this way put us on the
customer's side and leave them room, where bare instructions and flat claims
read as demands. It raises the tone score when present.]],
  phrases = {
    "please",
    "{could|would|can} you (please) {kindly|possibly|perhaps|maybe} ",
    "{could|would} you {please|mind|be able to|try|check|send|let|take|have|look|confirm|tell|help}",
    "would it be possible",
    "if {you could|possible|it's possible|you don't mind|you have a moment|you get a chance}",
    "when you {have|get} a {moment|minute|chance}",
    "{I|we} would {appreciate|be grateful}",
    "{it may|it might|it could} help to",
    "{I think|I believe|I suspect|I wonder|perhaps|maybe|it seems|it looks like|possibly}",
    "{do you think|do you mind|would you mind}",
  },
}

-- Acknowledging the other side before moving on (principle 1: win the
-- customer, not the argument).
tact.rule {
  id = "signal.acknowledgement", signal = true, weight = 5,
  rationale = [[
A good sign, never reported: acknowledging the customer's side before moving
on ("good point", "you're right", "I see what you mean", "thanks for
flagging this"). Granting what is true in their message wins the customer
rather than the argument, and makes any disagreement that follows easier to
accept. It raises the tone score when present.]],
  phrases = {
    "{good|great|fair|excellent|valid} {point|question|catch|idea|suggestion}",
    "{you're|you are} {right|absolutely right|quite right|correct}",
    "I {agree|see your point|see what you mean|see where you're coming from|take your point}",
    "{that|this} makes sense",
    "{I|we} {appreciate|value} your {feedback|input|patience|point|view|perspective|suggestion|help|work|effort}",
    "{that's|that is} {a fair|a good|a valid} {point|concern|question}",
    "{thanks|thank you} for {pointing|raising|flagging|catching|spotting|explaining}",
  },
}
