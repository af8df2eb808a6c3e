-- blame: rehashing who did what wrong keeps the conversation in the past.
-- Tone guide principle 2, "Look forward, not back (no blame game)".

tact.rule {
  id = "blame.as-i-said", severity = "warning",
  message = "Reminding the customer what you already said keeps the argument in the past; look forward, not back.",
  rationale = [[
"As I said", "as previously stated" and their relatives tell the reader they
should have listened the first time. Restate the point as a fresh summary
instead; it costs nothing and keeps the conversation moving forward.]],
  phrases = {
    "as I (have) ({already|previously|earlier}) {said|told you|mentioned|explained|stated|noted|pointed out|wrote|indicated|advised|outlined|made clear|informed you|said to you|mentioned to you|explained to you} ({before|previously|earlier|already|above|below|twice|several times|many times|multiple times|repeatedly|on the phone|yesterday}) (,)",
    "like I {said|told you|mentioned|explained|wrote|already said|already told you|already mentioned|already explained} ({before|earlier|already}) (,)",
    "as {previously|already|earlier|repeatedly} {stated|mentioned|explained|advised|noted|communicated|indicated|discussed|outlined|pointed out|said|informed|confirmed} (,)",
    "as {stated|mentioned|explained|advised|noted|indicated|outlined|discussed|communicated|confirmed} {before|previously|earlier|already|several times|multiple times|repeatedly|many times|twice|more than once} (,)",
    "as we (have) {already|previously|repeatedly} {said|told you|mentioned|explained|stated|advised|informed you|made clear|pointed out|confirmed} (,)",
    "as we {said|told you|mentioned|explained|stated|advised|informed you} {before|previously|earlier|already|several times|multiple times|twice|repeatedly} (,)",
    "as I keep {saying|telling you|explaining|repeating|pointing out} (,)",
    "as you {were|have been|have already been} {told|informed|advised|made aware} (,)",
    "as you have been {told|informed|advised} {before|already|previously|several times|repeatedly} (,)",
    "as {has|was} {already|previously} been {said|stated|explained|mentioned|pointed out} (,)",
    "as {has|had} been {explained|stated|mentioned} {before|previously|repeatedly|several times} (,)",
  },
  suggest = { "To recap,", "Just to recap,", "To sum up where we are," },
  unless = {
    "as I {said|told you|mentioned|promised} I would",
    "as I {said|told you|mentioned|promised} we would",
    "as we {said|promised|mentioned} we would",
    "like I said I would",
  },
  examples = {
    flag = {
      "As I already told you, the form must be signed.",
      "Like I said before, the refund takes five days.",
      "As previously stated, we do not ship to PO boxes.",
      "The warranty, as we have already explained, covers parts only.",
      "As I keep saying, the code expires after a day.",
      "As you were informed, the offer ended in May.",
    },
    pass = {
      "As I told you I would, I've sent the form.",
      "As I mentioned I would, I called the courier this morning.",
      "As requested, I've updated your delivery address.",
      "I said to my colleague that your case is a priority.",
      "As we discussed on the phone, I have booked the engineer for Tuesday.",
    },
  },
}

tact.rule {
  id = "blame.per-my-last-email", severity = "warning",
  message = "Pointing back to an earlier e-mail reads as 'you didn't read it'; look forward, not back, and summarise again.",
  rationale = [[
"Per my last e-mail" is widely read as a reproach. If the earlier message
holds the answer, repeat the key point in a sentence: the customer gets the
answer and nobody feels caught out.]],
  phrases = {
    "{per|as per} my {last|previous|earlier|prior|original|first|other} {email|e-mail|mail|message|note|reply|response|letter|comment|update|answer} (,)",
    "as (I) {stated|mentioned|explained|said|wrote|noted|outlined|indicated|described|specified|made clear|pointed out|confirmed} in my {last|previous|earlier|prior|original|first|other} {email|e-mail|mail|message|note|reply|response|letter|update} (,)",
    "like I {said|mentioned|explained|wrote|told you} in my {last|previous|earlier|other} {email|e-mail|mail|message|note|reply|letter} (,)",
    "as (I) (already) {stated|mentioned|explained|said|wrote|noted|outlined|indicated|confirmed} in {our|my} {previous|last|earlier|prior} {correspondence|emails|e-mails|messages|replies|responses|letters} (,)",
    "if you {read|reread|re-read|look at|check|refer to|go back to} my {previous|last|earlier|first} {email|e-mail|message|reply|letter} (,) you {will} {see|notice|find} (that)",
    "if you {had read|had looked at|had checked|read|looked at|checked} my {previous|last|earlier|first} {email|e-mail|message|reply|letter} (,) you {would} have {seen|noticed|found|known} (that)",
    "as you {can|will|would|should} see {from|in} my {previous|last|earlier|prior|original} {email|e-mail|mail|message|note|reply|response|letter} (,)",
  },
  suggest = { "To recap,", "To sum up," },
  unless = {
    "per my last email to the courier",
  },
  examples = {
    flag = {
      "Per my last email, the form must be signed.",
      "As stated in my previous message, refunds take five days.",
      "If you read my previous email, you'll see that the fee was waived.",
      "As you can see from my earlier reply, we shipped it on Monday.",
    },
    pass = {
      "My last email had the wrong tracking number, so here is the right one.",
      "I've attached the label that was missing from my previous email.",
      "In my previous role I handled returns too, so I know how this works.",
    },
  },
}

tact.rule {
  id = "blame.see-previous-email", severity = "warning",
  message = "Sending the customer back to an old message makes them do the work; look forward, not back, and give the answer here.",
  rationale = [[
"Please re-read my previous email" sends the customer off to do the work and
implies they should have read it properly the first time, which keeps the
conversation in the past. It also makes them scroll back through the thread
while they are already frustrated. Give the answer here in a sentence or
two; re-sending the old message as well is fine.]],
  phrases = {
    "please {see|refer to|refer back to|reread|re-read|read|check|look at|look back at|review|go back to|consult|scroll down to} {my|our} {previous|last|earlier|prior|original|first|other} {email|e-mail|mail|message|note|reply|response|letter|emails|messages|replies}",
    "{see|refer to|reread|re-read|read|check|look at|review} {my|our} {previous|last|earlier|prior|original} {email|e-mail|mail|message|note|reply|response|letter|emails|messages|replies} (again)",
    "I {already|previously} {covered|answered|addressed|explained|dealt with|responded to|replied to} {this|that|it|your question|this question|that question} in my {previous|last|earlier|prior|other} {email|e-mail|mail|message|note|reply|response|letter}",
    "the answer is in my {previous|last|earlier|prior} {email|e-mail|mail|message|note|reply|response|letter}",
    "{this|that|it} was {covered|answered|addressed|explained} in my {previous|last|earlier|prior} {email|e-mail|mail|message|note|reply|response|letter}",
  },
  suggest = { "Here's a quick recap: {summary}", "To save you looking back: {summary}" },
  unless = {
    "{see|check} {my|our} {previous|last|earlier} {email|e-mail|message} for ({the|your}) {label|invoice|receipt|attachment|link|form|code|tracking number|details|photos}",
    "{see|check} {my|our} {previous|last|earlier} {email|e-mail|message} for ({the|your}) {return|shipping|new|updated} {label|invoice|receipt|link|form|code|details}",
  },
  examples = {
    flag = {
      "Please re-read my previous email.",
      "I already answered this in my last message.",
      "Refer to my earlier reply again.",
    },
    pass = {
      "See my previous email for the return label.",
      "I'll answer your question in my next message once I hear from the warehouse.",
      "Please read the attached guide; it has pictures of each step.",
    },
  },
}

tact.rule {
  id = "blame.told-you-already", severity = "warning",
  message = "Saying you already told them puts the customer in the wrong; look forward, not back, and restate the point kindly.",
  rationale = [[
"I already told you" and "you were informed" look back at who is in the
wrong instead of forward to the problem. The customer may have missed the
message, forgotten it or not understood it, and being reminded helps with
none of these. Restate the point as a fresh recap: "To recap, the form needs
a signature."]],
  phrases = {
    "I (have) {already|previously|repeatedly} {told|explained to|informed|advised|reminded|said to|mentioned to|warned} you ({that|,})",
    "I {have} {told|explained to|informed|advised|reminded|warned} you {before|already|twice|three times|several times|many times|multiple times|repeatedly|more than once|a number of times|again and again|countless times} ({that|,})",
    "I (have) {already|previously} {explained|said|stated|mentioned|pointed out|made clear} ({that|,})",
    "we (have) {already|previously|repeatedly} {told|explained to|informed|advised|reminded|warned} you ({that|,})",
    "we {have} {told|explained to|informed|advised|reminded|warned} you {before|already|twice|several times|many times|multiple times|repeatedly|more than once} ({that|,})",
    "you {were|have been} {already|previously|repeatedly} {told|informed|advised|warned|notified|made aware} ({that|,})",
    "you {were|have been} {told|informed|advised|warned|notified|made aware} {before|already|twice|several times|many times|multiple times|repeatedly|more than once|at the time|in writing|clearly} ({that|,})",
    "you were clearly {told|informed|advised|warned}",
    "I keep {telling|reminding|explaining to} you ({that|,})",
    "we did warn you",
    "you {have} been warned",
  },
  suggest = { "To recap,", "Just to recap," },
  unless = {
    "{as|like} {I|we|you}",
    "I {already|previously} {told|informed|advised} you {about|of} the {refund|credit|upgrade|discount|voucher|good news}",
    "you were {told|informed|advised} {wrongly|incorrectly|the wrong}",
    "you were {told|informed|advised|given} {wrong|incorrect|inaccurate|the wrong|misleading} {information|details|advice}",
  },
  examples = {
    flag = {
      "I already told you that the form must be signed.",
      "I've explained to you twice that the fee is fixed.",
      "You were already informed that the offer had ended.",
      "We have repeatedly advised you, the card must match the account.",
      "I keep telling you the code is on the back of the box.",
    },
    pass = {
      "You were told the wrong delivery date, and I'm sorry about that.",
      "You were given incorrect information by our team, which is on us.",
      "I told the warehouse that your order is urgent.",
      "I'll tell you as soon as the part arrives.",
    },
  },
}

tact.rule {
  id = "blame.repeating-myself", severity = "warning",
  message = "Signalling that you are tired of repeating yourself escalates; look forward, not back, and explain it a new way.",
  rationale = [[
"How many times do I have to explain this?" and "I repeat:" tell the
customer you are losing patience with them. If an explanation hasn't landed
after two tries, the explanation is the problem, not the reader. Try a
different angle: a shorter version, an example, a screenshot or a call.]],
  phrases = {
    "how many times {do I have to|must I|will I have to|have I|did I|do we have to|must we|have we} {tell|explain|say|ask|repeat|remind|told|explained|said|asked}",
    "I'm repeating myself",
    "I hate to repeat myself",
    "{to|I'll|let me} repeat myself",
    "I repeat {,|:}",
    "{once|yet} again , I {will|must|have to|need to}",
    "I will say ({this|it}) {again|once more|one more time|one last time}",
    "I'll say ({this|it}) {again|once more|one more time|one last time}",
    "for the {umpteenth|hundredth|nth|millionth|gazillionth} time",
    "I {am telling|have told|have explained|am explaining} you for the {second|third|fourth|fifth|umpteenth|last|hundredth} time",
    "this is the {second|third|fourth|fifth|umpteenth|hundredth} time I {have} ({had to}) {told|explained|said|asked|written|mentioned|tell you|explain|say|ask|write|mention}",
    "I {have} {said|explained|answered|covered} this {before|already|twice|several times|many times|multiple times|repeatedly|more than once|countless times}",
    "I {have} already {said|explained|answered|covered} this",
    "as I {have} said {a hundred times|a million times|countless times|over and over|again and again|time and again}",
  },
  suggest = { "Let me put it another way", "Here's another way to look at it" },
  unless = {
    "how many times {do I have to|must I|will I have to|did I} {tell|explain} you how {grateful|sorry|thankful} we are",
  },
  examples = {
    flag = {
      "How many times do I have to explain this?",
      "I repeat: the box must be unopened.",
      "For the umpteenth time, the code is on the receipt.",
      "I've explained this twice already.",
      "This is the fourth time I have written about this.",
    },
    pass = {
      "The reminder repeats every month until you switch it off.",
      "I'll repeat the test on a second device to be sure.",
      "This is the third time this week the courier missed you, and I'm sorry.",
      "For the first time in years, the sale includes the blue model.",
    },
  },
}

-- "you should have <done>": a check function, so that the suggestion can
-- turn the participle back into a plain verb ("called" -> "call").
do
  local PP = {
    read = "read", reread = "reread", checked = "check", called = "call", phoned = "phone", rung = "ring",
    contacted = "contact", asked = "ask", told = "tell", informed = "inform", notified = "notify",
    followed = "follow", kept = "keep", saved = "save", updated = "update", cancelled = "cancel",
    canceled = "cancel", returned = "return", submitted = "submit", paid = "pay", looked = "look",
    listened = "listen", waited = "wait", ordered = "order", reviewed = "review", confirmed = "confirm",
    reported = "report", thought = "think", known = "know", realized = "realize", realised = "realise",
    noticed = "notice", filled = "fill", signed = "sign", attached = "attach", registered = "register",
    clicked = "click", chosen = "choose", selected = "select", opened = "open", tried = "try",
    ["double-checked"] = "double-check", used = "use", written = "write", emailed = "email",
    ["e-mailed"] = "e-mail", mentioned = "mention", included = "include", entered = "enter",
    provided = "provide", measured = "measure", tested = "test", packed = "pack", insured = "insure",
    declared = "declare", logged = "log", replied = "reply", responded = "respond", removed = "remove",
    switched = "switch", turned = "turn", taken = "take", made = "make", done = "do", sent = "send",
    backed = "back", kept = "keep", stopped = "stop", scrolled = "scroll", printed = "print",
    photographed = "photograph", installed = "install", charged = "charge", unplugged = "unplug",
    restarted = "restart", disconnected = "disconnect", answered = "answer", bothered = "bother",
    studied = "study", planned = "plan", booked = "book", researched = "research", verified = "verify",
    shipped = "ship", tracked = "track", deleted = "delete", renewed = "renew", applied = "apply",
    complained = "complain", raised = "raise", flagged = "flag", spoken = "speak", gone = "go",
    visited = "visit", come = "come", consulted = "consult", inspected = "inspect", examined = "examine",
  }
  local MODAL = { should = true, could = true, ought = true }
  local SOFT = { just = true, simply = true, really = true, probably = true, maybe = true, easily = true,
    ["at"] = false, also = true, first = true, perhaps = true }
  -- The words are read as norms(): no other kind of token has the form
  -- of a word this check looks for, except where it takes a verb as it is.

  tact.rule {
    id = "blame.should-have", severity = "warning",
    -- every opening the check reads: "you should|could|ought", "if you
    -- had|would|'d", "had you"
    when = { phrases = { "you {should|could|ought}", "if {you had|you would|you'd}", "had you" } },
    message = "'You should have…' and 'if you had…' dwell on what the customer did wrong; look forward and say what helps next time.",
    rationale = [[
Hindsight advice reads as blame even when it is correct. Turn it into a tip
for next time ("Next time, it helps to call us first") or leave it out and
describe the next step.]],
    check = function(s, report)
      local ws = s:norms()
      for i = 1, #ws do
        local w = ws[i]
        local j, neg, form = nil, false, nil
        if w == "you" and MODAL[ws[i + 1] or ""] then
          local m = ws[i + 1]
          j = i + 2
          if m == "ought" then if ws[j] ~= "to" then j = nil else j = j + 1 end end
          if j and ws[j] == "not" then neg = true; j = j + 1 end
          if j and ws[j] ~= "have" then j = nil end
          if j then j = j + 1 end
          form = m
        elseif (w == "if" and ws[i + 1] == "you" and (ws[i + 2] == "had" or ws[i + 2] == "would" or ws[i + 2] == "'d"))
            or (w == "had" and ws[i + 1] == "you" and (i == 1 or s:token(i - 1).kind == "punct")) then
          if w == "if" then
            j = i + 3
            if ws[i + 2] == "would" or (ws[i + 2] == "'d" and ws[i + 3] == "have") then
              if ws[j] == "have" then j = j + 1 else j = nil end
            end
          else
            j = i + 2
          end
          if j and ws[j] == "not" then neg = true; j = j + 1 end
          form = "if"
        end
        if j then
          -- allow one softening adverb: "you could have just asked"
          local adv = false
          if SOFT[ws[j] or ""] then j = j + 1; adv = true end
          if ws[j] == "bothered" and ws[j + 1] == "to" and PP[ws[j + 2] or ""] == nil then
            -- "if you had bothered to read" -> base verb follows
            local verb = s:token(j + 2)
            local base = verb and verb.kind == "word" and verb.norm
            if base then
              report { at = { s:token(i).from, verb.to },
                       suggest = { "next time, it helps to " .. base, "going forward, please " .. base } }
            end
          else
            local p = ws[j]
            local base = p and PP[p]
            -- "you could have" is blame only with a softener ("just asked")
            -- or with verbs of attention; "you could have saved 10%" is not.
            if base and (form ~= "could" or adv or p == "asked" or p == "told" or p == "called"
                         or p == "checked" or p == "read" or p == "contacted" or p == "mentioned") then
              local sug
              if neg then
                sug = { "next time, it's best not to " .. base, "going forward, please don't " .. base }
              else
                sug = { "next time, it helps to " .. base, "going forward, please " .. base }
              end
              report { at = { s:token(i).from, s:token(j).to }, suggest = sug }
            end
          end
        end
      end
    end,
    examples = {
      flag = {
        "You should have called us before returning it.",
        "You shouldn't have opened the box.",
        "If you had read the instructions, this would not have happened.",
        "You could have just asked.",
        "Had you checked the size chart, you would have ordered a medium.",
        "You ought to have kept the receipt.",
      },
      pass = {
        "You should have got an e-mail from us.",
        "You should see the credit on Friday.",
        "You should have the parcel by Friday.",
        "You could have saved 10% with the annual plan, so I've applied that discount now.",
        "If you had any trouble with the form, just reply here.",
        "We should have called you before the engineer came.",
      },
    },
  }
end

tact.rule {
  id = "blame.you-failed-to", severity = "warning",
  message = "'You failed to…' points at the customer's mistake; look forward and ask for what is still needed.",
  rationale = [[
"You failed to", "you forgot to" and "you neglected to" describe an omission
as a failing of the customer. Dwelling on it is the blame game: something is
still missing, and that is all that matters now. Ask for it, looking
forward: "Please attach the receipt, and I'll process the return straight
away."]],
  phrases = {
    "you {failed|neglected|forgot|omitted|didn't bother|never bothered|chose not|decided not|refused} to",
    "you {have} {failed|neglected|forgotten|omitted|not bothered|chosen not|refused} to",
  },
  suggest = { "please", "we still need you to" },
  unless = {
    "{if|in case|whether|when} you {forgot|forget|failed|neglected|omitted} to",
    "{if|in case|whether} you {have} {forgotten|failed|neglected} to",
    "don't worry if you forgot to",
  },
  examples = {
    flag = {
      "You forgot to attach the receipt.",
      "You failed to sign the form.",
      "You have neglected to include your order number.",
      "You didn't bother to fill in the second page.",
    },
    pass = {
      "If you forgot to attach the receipt, just reply with it here.",
      "Don't worry if you forgot to include the order number; I found it.",
      "Our courier failed to deliver on time, and I'm sorry.",
      "In case you forgot to save the code, here it is again.",
    },
  },
}

tact.rule {
  id = "blame.you-did-not", severity = "warning",
  message = "'You didn't read/follow…' blames the customer; look forward and assume they may simply have missed it.",
  rationale = [[
"You didn't read the email" and "you ignored the instructions" assume
carelessness, when the customer may simply not have seen the message or
found it unclear. The accusation can't be proved and is always felt. Assume
good faith: "It looks like you may have missed the email, so here is the key
part."]],
  phrases = {
    "you {did not|never|clearly did not|obviously did not|evidently did not|just did not} {read|check|follow|open|look at|listen to|pay attention to|bother to read|bother to check|read through|scroll down to}",
    "you {have not|clearly have not|obviously have not} {read|checked|followed|opened|looked at|listened to|paid attention to}",
    "you ({simply|just|completely|clearly|obviously|totally|chose to}) {ignored|ignore|disregarded|overlooked|skipped}",
    "you ({have|simply|just|completely|clearly|obviously|totally}) {ignored|disregarded|overlooked|skipped}",
  },
  suggest = { "it looks like you may have missed", "you may have missed" },
  unless = {
    "{if|in case|whether|when|unless} you {did not|have not|never} {read|check|checked|open|opened|follow|followed|look at|looked at}",
    "you {did not|have not|never} {read|checked} {anything|a thing} wrong",
  },
  examples = {
    flag = {
      "You didn't read the email we sent.",
      "You clearly did not follow the instructions.",
      "You haven't opened the link we sent on Monday.",
    },
    pass = {
      "If you didn't read the email, here is the short version.",
      "In case you haven't opened the link yet, I've pasted the code below.",
      "You didn't do anything wrong.",
      "You did not receive the parcel, so I've sent another.",
    },
  },
}

tact.rule {
  id = "blame.you-never-mentioned", severity = "warning",
  message = "'You never mentioned…' keeps score of what the customer left out; look forward and ask for what is still needed.",
  rationale = [[
"You never mentioned the error code" turns a missing detail into the
customer's omission, as if they were being marked down for it. They rarely
know which details we need until we ask. Ask for it now, looking forward:
"Could you tell me the error code you see?" or "I couldn't find the error
code; could you send it?"]],
  -- A regex, so that the finding stops before "the error code" and the
  -- suggestion keeps it: "I couldn't find the error code".
  when = { "never", "did" },
  regex = "\\b(?<hit>you\\s+(?:never(?:\\s+even)?|did(?:\\s+not|n['’]t)(?:\\s+even)?)\\s+(?:mention(?:ed)?|told\\s+(?:us|me)|tell\\s+(?:us|me)|said|say|specif(?:ied|y)|include[d]?|attach(?:ed)?|provide[d]?|sent|send))(?=\\s+(?:that|the|your|which|what|how|when|where|whether|any)\\b)",
  suggest = { "I couldn't find", "Could you tell me" },
  unless = {
    "{if|in case|whether|when|unless|because} you {never|did not} {mentioned|mention|said|say|specified|specify|included|include|attached|attach|provided|provide|sent|send|told|tell}",
    "you {did not|never} {send|sent|provide|provided} {the|your} * {so|because|and} we",
  },
  examples = {
    flag = {
      "You never mentioned the error code.",
      "You didn't tell us which size you wanted.",
      "You never specified the delivery address.",
    },
    pass = {
      "If you didn't include the order number, just reply with it.",
      "You never need to tell us your password.",
      "Our agent never mentioned the fee, and I'm sorry about that.",
    },
  },
}

tact.rule {
  id = "blame.why-did-you", severity = "info",
  message = "Opening with 'Why did you…?' cross-examines the customer; look forward and ask for what you need to help.",
  rationale = [[
"Why did you delete the file?" and "how come you…?" sound like a
cross-examination: the customer has to justify a past action before getting
help. Even when the answer would help us, the question reads as blame. Ask
for what you actually need to move forward ("Which version did you have
before the update?"), or skip the why and go to the fix.]],
  when = { "why", "come" },
  regex = "^[\\s\"'(]*(?<hit>(?:why\\s+(?:did|didn['\u{2019}]t|would|wouldn['\u{2019}]t|do|are|aren['\u{2019}]t|were|weren['\u{2019}]t|have|haven['\u{2019}]t|had|is|was)|how come)\\s+(?:not\\s+)?you)\\b[^?]*\\?",
  examples = {
    flag = {
      "Why did you delete the file?",
      "Why didn't you call us first?",
      "How come you were charged twice?",
      "Why would you order two of them?",
    },
    pass = {
      "Why don't you try the new app? It's faster.",
      "I can see why you did that.",
      "Why did we charge you twice? The card was entered two times, and I've refunded one.",
      "Why you were charged twice: the card was entered two times.",
    },
  },
}

tact.rule {
  id = "blame.never-replied", severity = "warning",
  message = "'You never replied' keeps score; look forward, not back, and simply state where things stand.",
  rationale = [[
"You never replied" keeps score of the customer's silence, and often they
didn't see the message or had a good reason to wait. Pointing it out adds
blame and no information. State where things stand ("We haven't had a reply
yet, so the booking is still open") and what happens next.]],
  phrases = {
    "you never {replied|responded|answered|got back to us|got back to me|wrote back|called back|rang back|confirmed|returned our call|returned my call|followed up}",
    "you {did not|have not|still have not|haven't yet|did not even|never even} {reply|replied|respond|responded|answer|answered|get back to us|got back to us|got back to me|get back to me|write back|written back|call back|called back|confirm|confirmed}",
  },
  suggest = { "we haven't had a reply", "we haven't heard back from you" },
  unless = {
    "{if|in case|whether|when|unless} you {never|did not|have not} {replied|reply|responded|respond|answered|answer|confirmed|confirm}",
    "you {have not} replied yet , no problem",
    "you never {replied|responded} because",
  },
  examples = {
    flag = {
      "You never replied to our email.",
      "You didn't respond to the survey we sent.",
      "You still haven't got back to us about the photos.",
    },
    pass = {
      "If you haven't replied yet, there is still time.",
      "You never need to reply to these reminders.",
      "Our team never replied to you, and I'm sorry about that.",
    },
  },
}

tact.rule {
  id = "blame.your-fault", severity = "warning",
  message = "Assigning fault to the customer wins the argument and loses the customer; look forward and describe what happened.",
  rationale = [[
Telling a customer it's their fault, or that they have only themselves to
blame, ends the conversation about solutions and starts a blame game about
the past. Even when it is true, they will remember the accusation, not the
fix. Describe what happened without assigning fault and move on to what can
be done now.]],
  phrases = {
    "{it is|it's|that is|that's|this is|it was|that was|this was} ({all|entirely|completely|totally|really|clearly|obviously|solely|simply}) your (own) fault",
    "{it is|it's|that is|that's|this is|it was|that was|this was} ({all|entirely|completely|totally}) {down to|because of|due to} you",
    "you (only) have yourself to blame",
    "you {are|were} ({entirely|solely|fully|partly|clearly|the one}) to blame",
    "you {are|were} ({entirely|solely|fully|clearly}) at fault",
    "the {blame|fault|responsibility} {lies|rests|is} ({entirely|squarely|solely|fully|clearly}) {with you|on you|on your side|on your end}",
    "you brought this on yourself",
    "{that is|this is|that's|it is|it's} ({all|entirely}) on you",
    "{is|was} ({entirely|all|completely|solely|purely}) {down to|because of} you",
    "(it's) not on us (,) {it's|it is} on you",
    "you {caused|created} {this|the problem|the issue|the damage|the error|the delay|this problem|this issue|this situation|this mess}",
    "you are the one who {caused|broke|made|forgot|ignored|chose|decided|agreed}",
    "{it is|it's|it was|that was|that is|that's} your own doing",
    "you did this to yourself",
    "whose fault is that",
  },
  suggest = { "Here's what happened", "Let's look at what happened" },
  unless = {
    "not your (own) fault",
    "{is not|was not|is in no way|was in no way} ({at all|in any way}) your (own) fault",
    "{is not|wasn't} {down to|because of|due to} you",
    "you are not to blame",
    "you're not to blame",
    "you are in no way to blame",
    "{nobody|no one} thinks {it is|it's} your fault",
  },
  examples = {
    flag = {
      "That's your fault.",
      "It was entirely your own fault.",
      "You only have yourself to blame.",
      "The responsibility lies squarely with you.",
      "You caused the delay.",
    },
    pass = {
      "This isn't your fault, and I'm sorry it happened.",
      "It was not your fault at all.",
      "You're not to blame for the courier's mistake.",
      "The fault lies with our warehouse system, and we have fixed it.",
    },
  },
}

tact.rule {
  id = "blame.your-mistake", severity = "warning",
  message = "Naming the customer's mistake keeps the blame game going; look forward and describe the mix-up neutrally.",
  rationale = [[
"Your mistake", "your oversight" and "user error" pin a label on the
customer, and the label, not the problem, is what they will answer. The same
facts can be told neutrally: "a mix-up with the address sent the parcel to
the old one". Neutral wording keeps both sides looking at the fix.]],
  phrases = {
    "your (own) {mistake|error|negligence|carelessness|oversight|misunderstanding|mix-up|screw-up|blunder|failure}",
    "{user|operator|customer|human} error",
    "the mistake was yours",
    "the error was (on) yours",
  },
  suggest = { "a mix-up", "the mistake" },
  unless = {
    "your error {message|messages|code|codes|log|logs|report|reports|screen|page|screenshot|details}",
    "{not|no} your {mistake|error|fault}",
    "{is not|wasn't} your {mistake|error|fault}",
    "your {mistake|error} was understandable",
    "your failure {report|notice|notification|rate}",
    "human error on our {part|side|end}",
    "{our|an|a} human error",
  },
  examples = {
    flag = {
      "This happened because of your mistake.",
      "Due to your own error, the order went to the old address.",
      "It looks like user error.",
      "The delay was caused by your oversight.",
    },
    pass = {
      "Please send a screenshot of your error message.",
      "It was not your mistake; the form was confusing.",
      "The label was wrong because of a human error on our side.",
      "Your error report helped us find the bug.",
    },
  },
}

tact.rule {
  id = "blame.you-made-a-mistake", severity = "warning",
  message = "Telling the customer they got it wrong keeps the blame game going; look forward and describe the mix-up neutrally.",
  rationale = [[
"You made a mistake", "you messed up" and "you got it wrong" put the
customer on trial for something that usually has several causes, our own
forms and pages among them. Describe the mix-up without a culprit ("there
was a mix-up with the size") and go straight to how to put it right.]],
  phrases = {
    "you made {a|an|the} ({big|small|simple|basic|serious|costly|obvious|silly|careless}) {mistake|error|blunder|slip}",
    "you {messed|screwed|mucked|slipped} up",
    "you got {it|this|that|the order|the size|the address|the date|the details|everything} (all) wrong",
    "you mixed up",
    "you {have} {made|got} (it) {a mistake|wrong|an error}",
  },
  suggest = { "there was a mix-up", "it looks like there was a mix-up" },
  unless = {
    "{if|in case|whether|when} you {made|make} {a|an} {mistake|error}",
    "{if|in case|whether|when} you {entered|typed|selected|chose|picked|ordered|used|sent|bought} the wrong",
    "you {did not|never} {make|get}",
    "don't worry if you",
  },
  examples = {
    flag = {
      "You made a mistake on the form.",
      "You got the size wrong.",
      "You messed up the booking.",
    },
    pass = {
      "If you made a mistake on the form, you can edit it until Friday.",
      "You didn't make a mistake; our page showed the wrong price.",
      "We sent the wrong colour, and a replacement is on its way.",
    },
  },
}

tact.rule {
  id = "blame.wrong-details", severity = "warning",
  message = "'You entered the wrong…' puts the mix-up on the customer; look forward and just say which detail needs fixing.",
  rationale = [[
"You entered the wrong card number" turns a typo into a failing, and often
our form made the slip easy. What the customer needs to know is which detail
doesn't match. Say that neutrally ("it looks like we have the wrong
postcode") and tell them how to update it.]],
  phrases = {
    "you {entered|typed|gave us|gave|provided|selected|chose|picked|ordered|used|supplied|put in|filled in|sent us|bought|booked|wrote} the {wrong|incorrect|invalid}",
    "you {entered|typed|gave us|provided|selected|chose|picked|ordered|used|supplied|put in|sent us|booked} {an incorrect|an invalid|a wrong|the incorrect}",
  },
  suggest = { "it looks like we have the wrong", "we seem to have the wrong" },
  unless = {
    "{if|in case|whether|when} you {entered|typed|gave us|gave|provided|selected|chose|picked|ordered|used|supplied|put in|filled in|sent us|bought|booked|wrote} {the|an|a} {wrong|incorrect|invalid}",
    "{so|in case} you {have|don't have} the wrong",
  },
  examples = {
    flag = {
      "You entered the wrong card number.",
      "You gave us an incorrect postcode.",
      "You booked the wrong date.",
    },
    pass = {
      "If you ordered the wrong size, exchanges are free.",
      "We sent the wrong colour, and a replacement is on its way.",
      "You picked the blue one, which is in stock.",
    },
  },
}

tact.rule {
  id = "blame.for-the-nth-time", severity = "warning",
  message = "Opening with 'for the third time' signals exasperation; look forward, not back, and simply restate the point.",
  rationale = [[
Opening a sentence with "for the third time" or "once again," looks back and
tells the customer you are counting, and that you are exasperated. However
polite the rest, the point now reads as a reprimand. Just restate it, or
open with "To recap".]],
  when = { "time", "again", "once" },
  regex = {
    "^[\\s\"'“‘(]*(?<hit>(?:and |so |ok(?:ay)?,? )?for the (?:second|third|fourth|fifth|sixth|tenth|last|final) time)\\s*[,:;!-]",
    "^[\\s\"'“‘(]*(?<hit>(?:and |so )?(?:once again|yet again|once more))\\s*[,:;!-](?!\\s*(?:thanks?|thank you|many thanks|sorry|apolog|welcome|congrat|we(?:'|’)re sorry|I(?:'|’)m sorry|we apolog|I apolog))",
  },
  suggest = { "To recap", "Just to recap" },
  examples = {
    flag = {
      "For the third time, the code is on the receipt.",
      "For the last time: we do not sell gift cards.",
      "OK, for the second time, the form needs a signature.",
      "Once again, the payment bounced.",
    },
    pass = {
      "Your order failed for the third time, and I'm sorry.",
      "This is the second time this week the courier missed you.",
      "For the first time, the sale includes the blue model.",
      "Once again, thank you for your patience.",
    },
  },
}

tact.rule {
  id = "blame.supposed-to", severity = "warning",
  message = "'You were supposed to…' holds the customer to account for the past; look forward and say what helps next time.",
  rationale = [[
"You were supposed to cancel before the renewal date" holds the customer to
account for something that can no longer be changed, and "you agreed to
these terms when you signed up" reads the same way. Look forward instead:
say what can be done now, and give the tip for next time ("Next time,
cancelling before the 1st avoids the charge").]],
  phrases = {
    "you were {supposed|meant|expected|required|asked|told} to",
    "you {should|ought to} {have been|'ve been} {aware|more careful|more attentive}",
    "you {agreed|consented|signed up} to {this|these terms|the terms|our terms|it} when you",
    "{by|when} {ordering|signing up|registering|buying|booking|you ordered|you signed up}, you agreed to",
  },
  suggest = { "next time, please", "for the future, it helps to" },
  unless = {
    "you were {told|asked|supposed} to {expect|receive|get|wait for} {a|an|the|your} {refund|email|e-mail|call|code|text|parcel|replacement|confirmation}",
    "{if|when|where} you were {supposed|meant|expected|asked|told} to",
    "you were {told|asked} to {wait|call|pay} {wrongly|by mistake}",
  },
  examples = {
    flag = {
      "You were supposed to cancel before the renewal date.",
      "You were meant to keep the original box.",
      "You agreed to these terms when you signed up.",
    },
    pass = {
      "You were told to expect a refund this week, and it's on its way.",
      "If you were asked to pay twice, that's our mistake and I've refunded it.",
      "You were right to contact us.",
    },
  },
}

tact.rule {
  id = "blame.your-details-wrong", severity = "warning",
  message = "'Your details were wrong' puts the mix-up on the customer; look forward and say neutrally what didn't match.",
  rationale = [[
"Your card details were wrong" makes the customer the cause, when the
mismatch may come from a typo, an old record or our own system. Describe
what didn't match without giving it an owner ("the card details didn't
match") and say how to fix it.]],
  phrases = {
    "your {details|card details|address|postcode|zip code|information|email address|e-mail address|password|card number|account number|phone number|payment details|bank details|name} {was|were|is|are} {wrong|incorrect|invalid|inaccurate|mistyped|misspelled|misspelt|not correct|entered incorrectly|entered wrongly}",
    "your {details|card details|address|postcode|information|payment details|bank details} {didn't|did not|don't|do not} match",
  },
  suggest = { "the details didn't match", "we couldn't match the details" },
  unless = {
    "{if|in case|whether|when} your {details|card details|address|postcode|information|email address|password|card number|payment details} {was|were|is|are}",
    "your {details|address} {were|was} {wrong|incorrect} {on|in} our {system|records|side}",
  },
  examples = {
    flag = {
      "The payment bounced because your card details were wrong.",
      "Your address was incorrect, so the parcel came back.",
      "Your payment details didn't match.",
    },
    pass = {
      "If your address is incorrect, reply and I'll update it.",
      "Your details were wrong on our system, and I've corrected them.",
      "Your address is now updated.",
    },
  },
}
