-- distancing: "I" and "you" on opposite sides instead of "we" together.
-- Tone guide principle 3, "'We', not 'I' against 'you'".

tact.rule {
  id = "distancing.you-need-to", severity = "info",
  message = "'You need to…' reads as an order from the other side of the counter; use 'we' wording or a simple 'please'.",
  rationale = [[
Instructions are often necessary; the wording decides whether they sound
like a demand. "Please send the receipt" or "The next step is to send the
receipt" asks for the same thing without the finger-pointing "you need to".]],
  phrases = {
    "you {need|have|have got|got} to",
    "you'll need to",
    "you {will|'ll} have to",
    "you must",
    "you {are|will be} required to",
    "you're going to have to",
    "you gotta",
    "I need you to",
    "I want you to",
    "I {require|expect} you to",
  },
  suggest = { "please", "the next step is to", "we'll need you to" },
  unless = {
    "{if|whenever|when|should|in case|whether|unless|where|once|until} you {need|have|'ll need|will need|'ll have|will have|must|are required} to",
    "{all|everything|what|anything|nothing} you (will) {need|have|'ll need} to",
    "{why|whether|how|what|which} you {need|have} to",
    "you {need|have|must} to {understand|realise|realize|appreciate|accept}",
    "you {only|just|simply} {need|have} to",
    "you {don't|won't|never|no longer|wouldn't|shouldn't} {need|have} to",
    "you {don't|won't} need",
    "{do|will|would|did} you {need|have} to",
    "you must be {so|very|really|pretty|quite|incredibly|absolutely|completely} ",
    "you must {be|have been|feel|have felt} ({so|very|really|pretty|quite|incredibly|absolutely}) {frustrated|tired|exhausted|fed up|annoyed|disappointed|upset|worried|anxious|stressed|furious|angry|livid|confused|relieved|pleased|happy|excited|busy|delighted|thrilled|sick of}",
    "you must have {received|seen|got|noticed|been}",
    "you {need|have} to know",
    "you {will|'ll} need to {log in|sign in} again",
    "you {have|'ve} got to love",
    "you're going to {love|like|enjoy}",
    "you are going to {love|like|enjoy}",
  },
  examples = {
    flag = {
      "You need to sign the form.",
      "To get a refund, you have to return the item first.",
      "You must bring your receipt.",
      "I need you to send a photo of the label.",
      "You'll have to reinstall the app.",
    },
    pass = {
      "If you need to change the address, just reply here.",
      "All you need to do is click the link.",
      "You don't need to do anything else.",
      "You must be so frustrated after waiting all week.",
      "You should see the credit on Friday.",
      "Once you'll have to renew, we'll remind you.",
    },
  },
}

tact.rule {
  id = "distancing.your-problem", severity = "warning",
  message = "'That's your problem' puts the customer on the other side; use 'we' and take it on together.",
  rationale = [[
"That's your problem", "you're on your own" and "deal with it" put the
customer on the far side of the counter and walk away. Even when the cause
lies on their side, they came to us for help. Use "we" and take the first
step with them: "Let's sort this out together", then say what that step is.]],
  phrases = {
    "{that is|that's|this is|it is|it's} ({really|entirely|totally|all|very much}) your {problem|issue|concern|lookout|look-out|business|headache|funeral|own affair}",
    "(that's) your problem (,) not ours",
    "your {responsibility|problem|issue} , not {ours|mine}",
    "your {problem|issue|complaint|quarrel} is with {the|your} *2 , not {us|me}",
    "{that is|that's|this is|it is|it's} ({entirely|all|solely}) your responsibility {.|!}",
    "your {device|order|account|choice|call|decision|computer|phone|card|bank|network|router|parcel} , your {problem|responsibility|lookout|issue}",
    "the rest is {up to|down to|on} you",
    "I {did|have done|'ve done} my {part|bit|job}",
    "{it is|it's|that is|that's|this is} not {our|my} {problem|issue|headache|fault}",
    "not {our|my} problem",
    "{you're} on your own",
    "deal with it",
    "{sort|figure|work} it out yourself",
    "{sort|figure|work} {that|this} out (for) yourself",
    "{it is|it's|that is|that's} {up to|down to} you (to {sort|fix|deal with|figure} {it|this|that} out)",
    "{that's|that is} for you to {sort out|fix|deal with|figure out|work out|resolve}",
    "{it's|it is} {on|down to} you to {sort|fix|deal|figure|work}",
  },
  suggest = { "Let's sort this out together", "We'll work this out together" },
  unless = {
    "{if|whether} {that is|that's|this is|it is|it's} your {problem|issue|concern}",
    "{is|was} {that|this|it} your {problem|issue|concern}",
    "not our problem to {worry|fix} alone",
    "{it's|it is} not your {problem|issue|fault}",
  },
  examples = {
    flag = {
      "That's your problem.",
      "That's not our problem.",
      "You're on your own.",
      "Deal with it.",
      "Sort it out yourself.",
      "That's your responsibility.",
      "Your device, your problem.",
      "That's your responsibility, not ours.",
      "Your issue is with the bank, not us.",
      "I did my part; the rest is up to you.",
    },
    pass = {
      "If that's your issue, we can replace the charger today.",
      "It's not your fault, and we'll fix it.",
      "Your problem is our priority, and an engineer is booked for Monday.",
      "Your issue is with the bank's app, so I've written to them for you.",
    },
  },
}

tact.rule {
  id = "distancing.your-responsibility", severity = "info",
  message = "'It is your responsibility to…' reads as a warning; turn it into a shared step ('please make sure to…').",
  rationale = [[
"It is your responsibility to" and "the onus is on you" set "you" against
"us" and read like a legal warning, as if we were preparing to blame the
customer later. The request behind them is usually reasonable and simple.
Ask for it as a shared step: "Please make sure to keep your password safe."]],
  phrases = {
    "{it is|it's|it remains} ({entirely|solely|wholly}) your responsibility to",
    "{you are} ({solely|entirely|fully|wholly}) responsible for",
    "the {responsibility|onus} {is|lies|rests|falls} ({entirely|solely}) {on|with} you to",
    "the onus is on you",
    "{it is|it's} incumbent (up)on you to",
  },
  suggest = { "please make sure to", "we ask you to" },
  unless = {
    "you are responsible for {nothing|none of}",
    "{you are} not responsible for",
  },
  examples = {
    flag = {
      "It is your responsibility to keep your password safe.",
      "The onus is on you to check the size.",
      "You are solely responsible for the return postage.",
    },
    pass = {
      "You are not responsible for the courier's delay.",
      "We take responsibility for the mistake and will refund you.",
      "Please make sure to keep your password safe.",
    },
  },
}

tact.rule {
  id = "distancing.on-your-end", severity = "info",
  message = "Placing the fault 'on your end' sets you against the customer; use 'we' and describe the cause neutrally.",
  rationale = [[
"The problem is on your end" and "there's nothing wrong on our side" settle
where the fault lies before the problem is solved, and put us and the
customer on opposite sides. Even if the cause is their router or browser,
describe it neutrally ("the issue seems to be with the router") and offer to
help fix it.]],
  phrases = {
    "{the|this|that} {problem|issue|fault|error} is ({clearly|definitely|obviously}) {on|at|with} your {end|side}",
    "{the|this|that} {problem|issue|fault|error} is with your {device|computer|phone|internet|connection|network|router|browser|setup|equipment}",
    "{the|this|that} {problem|issue|fault} {lies|is} with you",
    "{it's|it is} ({clearly|definitely|obviously}) {on|at} your {end|side}",
    "nothing wrong {on|at} our {end|side}",
    "{the|our} {system|service|site|website|app} is working ({fine|perfectly}) , so {the|this} {problem|issue} must be",
  },
  suggest = { "the issue seems to be with {the device or setting}", "it looks like something on the connection side" },
  unless = {
    "{not|isn't|wasn't} {on|at} your {end|side}",
    "is not with your {device|computer|phone|internet|connection|network|router|browser|setup|equipment}",
    "{it's|it is} not {on|at} your {end|side}",
  },
  examples = {
    flag = {
      "The problem is on your end.",
      "The issue is with your router.",
      "There's nothing wrong on our end.",
    },
    pass = {
      "The problem is not on your end; our server was down.",
      "We found the fault on our side and fixed it.",
      "Your router is on its way and should arrive tomorrow.",
    },
  },
}

tact.rule {
  id = "distancing.dear-customer", severity = "info",
  message = "A generic greeting like 'Dear Customer' keeps the customer at arm's length; use their name.",
  rationale = [[
"Dear Valued Customer" and "To whom it may concern" tell the reader they are
one of many and that nobody looked at their name. In a reply to a complaint
that sets a cold, distant tone before the first sentence. Use their name; in
a template, use a merge field.]],
  phrases = {
    "dear {customer|valued customer|client|valued client|user|account holder|member|valued member|subscriber|cardholder|sir or madam|sir / madam|sir/madam|sirs|shopper|guest|patron|policyholder|policy holder|consumer|purchaser|buyer}",
    "to whom it may concern",
    "hello {customer|valued customer|user|client}",
    "hi {customer|valued customer|user|client|there customer}",
  },
  suggest = { "Dear {name}", "Hi {name}" },
  unless = {
    "dear customer {service|services|support|care|team|relations}",
    "dear {client|member|user} {services|support|team|relations|success}",
  },
  examples = {
    flag = {
      "Dear Valued Customer,",
      "To whom it may concern,",
      "Dear Sir or Madam,",
    },
    pass = {
      "Dear Ms Patel,",
      "Dear Customer Service team,",
      "Hi Sam,",
    },
  },
}

-- "The customer must…" said to the customer: a check function, so that the
-- suggestion can fix the verb ("the customer is" -> "you are").
do
  local NOUN = { customer = true, client = true, cardholder = true, purchaser = true, buyer = true,
    user = true, policyholder = true, subscriber = true, member = true, guest = true }
  local VERB = { is = "are", was = "were", has = "have", needs = "need", must = "must", should = "should",
    will = "will", failed = "failed", agreed = "agreed", did = "did", may = "may", can = "can",
    ["'s"] = "are", wishes = "wish", wants = "want", requires = "require", chose = "chose",
    ordered = "ordered", returned = "returned" }
  local SERVICE = { service = true, services = true, support = true, care = true, team = true,
    relations = true, experience = true, portal = true, number = true, account = true }
  tact.rule {
    id = "distancing.the-customer", severity = "info",
    when = { phrases = { "the {customer|client|cardholder|purchaser|buyer|user|policyholder|subscriber"
      .. "|member|guest|account holder}" } },
    message = "Talking about 'the customer' to the customer's face sounds like a case file; use 'you' and 'we'.",
    rationale = [[
Writing "the customer must return the item" to the customer makes the reply
sound like a case note read out to them: distance by grammar. Address them
directly with "you", and use "we" for our side. The rule runs only in the
reply profile, since a policy may properly speak of "the customer".]],
    profiles = { "reply" },
    check = function(s, report)
      local ws = s:norms()
      for i = 1, #ws - 2 do
        local n, verb, vi = ws[i + 1], ws[i + 2], i + 2
        local two = false
        if n == "account" and verb == "holder" then
          two = true; verb, vi = ws[i + 3], i + 3
        end
        if ws[i] == "the" and (NOUN[n] or two) and verb and VERB[verb] then
          local prev = ws[i - 1]
          -- "the customer is always right", "if the customer…" in a general statement
          local after = ws[i + (two and 4 or 3)]
          local general = after == "always" or after == "right"
          if not general and prev ~= "another" and not SERVICE[verb] then
            report { at = { s:token(i).from, s:token(vi).to }, suggest = { "you " .. VERB[verb] } }
          end
        end
      end
    end,
    examples = {
      flag = {
        "The customer must return the item within 30 days.",
        "The account holder failed to update the card.",
        "The customer is responsible for return postage.",
      },
      pass = {
        "The customer service team is open until eight.",
        "Another customer returned the same model, so we have one in stock for you.",
        "You can return the item within 30 days.",
        "The customer is always right, as the saying goes.",
      },
    },
  }
end

-- "I'm not going to refund you": a refusal in the first person singular, set
-- against "you". The suggestion speaks for the team and keeps the verb.
do
  local ING = { changing = "change", refunding = "refund", replacing = "replace", giving = "give",
    offering = "offer", sending = "send", cancelling = "cancel", canceling = "cancel", extending = "extend",
    waiving = "waive", accepting = "accept", moving = "move", issuing = "issue", honouring = "honour",
    honoring = "honor", reopening = "reopen", repairing = "repair", booking = "book", approving = "approve",
    discussing = "discuss", reversing = "reverse", paying = "pay", covering = "cover", processing = "process",
    arranging = "arrange", doing = "do", making = "make", helping = "help", exchanging = "exchange",
    reimbursing = "reimburse", compensating = "compensate", crediting = "credit" }
  local BASE = {}
  for _, b in pairs(ING) do BASE[b] = true end
  tact.rule {
    id = "distancing.i-refuse", severity = "warning",
    when = { phrases = { "i am not going to", "i will not", "i {refuse|decline} to" } },
    message = "'I'm not going to…' makes the refusal personal, me against you; use 'we' and explain what is possible.",
    rationale = [[
"I'm not going to refund you" and "I refuse to cancel" turn a business
decision into a personal "I" against "you" stand-off between the writer and
the customer, who then argues with the person rather than the rule. Speak
for the team and say what is possible: "We're not able to refund this, but
we can…"]],
    check = function(s, report)
      local ws = s:norms()
      for i = 1, #ws do
        local n = ws[i]
        if n == "i" then
          local n1, n2, n3, n4 = ws[i + 1], ws[i + 2], ws[i + 3], ws[i + 4]
          local last, base = nil, nil
          if n1 == "am" and n2 == "not" and n3 == "going" and n4 == "to" and BASE[ws[i + 5] or ""] then
            last, base = i + 4, nil
          elseif n1 == "will" and n2 == "not" and n3 == "be" and ING[n4 or ""] then
            last, base = i + 4, ING[n4]
          elseif n1 == "will" and n2 == "not" and BASE[n3 or ""] then
            last, base = i + 2, nil
          elseif (n1 == "refuse" or n1 == "decline") and n2 == "to" and BASE[n3 or ""] then
            last, base = i + 2, nil
          end
          local prev = ws[i - 1]
          if last and prev ~= "if" and prev ~= "that" then
            local sug = base and ("we're not able to " .. base) or "we're not able to"
            report { at = { s:token(i).from, s:token(last).to }, suggest = { sug, base and ("we can't " .. base) or "we can't" } }
          end
        end
      end
    end,
    examples = {
      flag = {
        "I'm not going to refund you.",
        "I won't be changing the booking.",
        "I refuse to cancel the order at this stage.",
      },
      pass = {
        "I won't keep you long: your refund is on its way.",
        "I'm not going to let this happen again, and I've fixed the setting.",
        "We can't change the booking, but we can add a second slot.",
      },
    },
  }
end
