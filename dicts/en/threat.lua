-- threat: threats and ultimatums raise the temperature of a reply.
-- Tone guide principle 11, "Mind the volume".

-- An ultimatum is a condition on the customer plus a penalty from us, in
-- either order; the finding covers the clause up to the end of the sentence
-- so the suggestion can replace it whole.
local APOS = "['\u{2019}]"
local NEG = "(?:do not|don" .. APOS .. "t|fail to|cannot|can" .. APOS .. "t|are unable to|refuse to|choose not to)"
local COND = "(?:if you " .. NEG .. "|if you (?:continue|keep|persist)|unless you|failing (?:which|that|this)|should you fail to|otherwise|or else)"
local SUBJ = "(?:we(?: will|" .. APOS .. "ll| shall| may| reserve the right to)|your (?:account|service|order|subscription|access|membership|booking|listing|card|profile|warranty|data|deposit)(?: will| may| shall)|you will)"
local PENALTY = "(?:(?:be )?(?:forced to |have (?:no choice|no option) but to )?(?:(?:clos|suspend|terminat|cancel|delet|block|ban|disabl|deactivat|forfeit|void|remov|lock|freez|report|refer|prosecut|sue|charg|penalis|penaliz|blacklist|los)\\w*|fined?))"

tact.rule {
  id = "threat.ultimatum", severity = "error",
  message = "An 'if you don't…, we will…' ultimatum escalates; mind the volume and state the deadline as help.",
  rationale = [[
Consequences sometimes have to be stated, but as information and with help
attached: "To keep your account open, please update the card by Friday; I'm
happy to help if anything is unclear." The same facts, without the threat.]],
  -- Every condition of the three regexes starts with one of these.
  when = { phrases = {
    "if you", "unless you", "failing {which|that|this}", "should you", "otherwise", "or else",
  } },
  regex = {
    "\\b(?<hit>" .. COND .. "\\b[^.!?;]{0,80}?\\b" .. SUBJ .. "\\s+" .. PENALTY .. "\\b[^.!?;]*?)(?=\\s*[.!?;]*\\s*$)",
    "\\b(?<hit>" .. SUBJ .. "\\s+" .. PENALTY .. "\\b[^.!?;]{0,80}?\\b(?:if you " .. NEG .. "|unless you|should you fail to)\\b[^.!?;]*?)(?=\\s*[.!?;]*\\s*$)",
    -- any condition, but only the harshest penalties ("if you dispute the
    -- charge, we will blacklist your account")
    "\\b(?<hit>if you\\b[^.!?;]{0,80}?,?\\s*we(?: will|" .. APOS .. "ll| shall)\\s+(?:blacklist|ban|report|sue|prosecute|terminate|suspend|blacklist)\\w*\\b[^.!?;]*?)(?=\\s*[.!?;]*\\s*$)",
  },
  suggest = {
    "To keep {what matters to them}, please {action} by {date}; I'm happy to help if anything is unclear",
    "The next step is {action} by {date}, and I'm here if you need a hand",
  },
  unless = {
    "{close|cancel|delete} {this|the|your} {ticket|case|request|conversation|chat|enquiry|inquiry}",
    "{ticket|case|request|conversation|chat|enquiry|inquiry} will be {closed|archived}",
    "{as|like} (you) {requested|asked}",
    "at your request",
    "if you {do not} want {it|this|the|us|them}",
    "if you {do not} {need|use} {it|this|the}",
    "(your card) will not be charged",
    "you will not be charged",
    "we will {refund|credit|waive|replace|reship|resend}",
  },
  examples = {
    flag = {
      "If you do not pay by Friday, we will suspend your account.",
      "We will close your account if you don't reply within seven days.",
      "Unless you return the device, you will be charged the full price.",
      "If you fail to provide the documents, your order will be cancelled.",
      "If you dispute the charge with your bank, we will blacklist your account.",
      "If you keep calling the helpline, we will block your number.",
    },
    pass = {
      "If you don't want the item, we will refund you in full.",
      "If you don't reply within seven days, we'll close this ticket and you can reopen it any time.",
      "As you requested, we will close your account on Friday.",
      "If you don't see the email, we will resend it.",
      "If you continue to have trouble, we will replace the unit.",
    },
  },
}

tact.rule {
  id = "threat.no-choice", severity = "error",
  message = "'We will have no choice but to…' is a threat; mind the volume and describe the next step plainly.",
  rationale = [[
"We will have no choice but to" and "you leave us no alternative" present a
penalty as something the customer is forcing on us: a threat that disowns
itself, and escalates as any threat does. If there is a real next step,
state it plainly as information, together with what the customer can do
about it.]],
  phrases = {
    "{we|I} {will|would|may} have no (other) {choice|option|alternative} but to",
    "{we|I} {will|would|may} be {forced|compelled|obliged} to",
    "{we|I} {will|would} be left with no (other) {choice|option|alternative} (but to)",
    "you {leave|have left|are leaving} {us|me} no (other) {choice|option|alternative} (but to)",
    "{we|I} have no (other) {choice|option|alternative} but to",
    "you give {us|me} no (other) {choice|option|alternative} (but to)",
    "{we|I} {will|shall} {have|need} to take {further|formal|serious|stronger|appropriate} {action|steps|measures}",
    "{further|formal|serious|stronger} action will be taken",
    "{we|I} {will|shall} not hesitate to",
  },
  suggest = { "the next step would be to", "the next step is to" },
  unless = {
    "{we|I} {will|would} have no {choice|option} but to {apologise|apologize|thank|agree|refund}",
    "{we|I} {will|shall} not hesitate to {help|refund|contact you|let you know|reach out|get in touch}",
  },
  examples = {
    flag = {
      "We will have no choice but to cancel the order.",
      "You leave us no alternative but to close the account.",
      "We will be forced to pass this to our legal team.",
      "Further action will be taken.",
    },
    pass = {
      "We will not hesitate to help if anything else comes up.",
      "You have a choice between a refund and a replacement.",
      "We had no stock left, so I've ordered more for you.",
    },
  },
}

tact.rule {
  id = "threat.legal", severity = "error",
  message = "Threatening legal action, collectors or the police escalates; mind the volume and keep the door open.",
  rationale = [[
Mentions of lawyers, debt collectors, the police or credit files escalate a
dispute at once: the customer stops looking for a solution and starts
defending themselves. Where such a step is real, it belongs in a formal
notice, not in a reply to a frustrated customer. Keep the door open: say
you'd like to sort it out together, and what the next step is.]],
  phrases = {
    "{we|I} {will|shall|may|are going to|intend to|reserve the right to} {take|pursue|commence|begin|start|initiate|consider} legal {action|proceedings|steps|measures}",
    "legal {action|proceedings} will be {taken|started|commenced|pursued|initiated}",
    "{we|I} {will|shall|may|are going to} {sue|prosecute|report} you",
    "{we|I} {will|shall|may|are going to} {involve|contact|call|notify|inform} {the police|our lawyers|our solicitors|our legal team|our legal department|our attorneys|the authorities|a debt collector|a collection agency|a debt collection agency|the courts|trading standards}",
    "we {will|may} {refer|pass|send|hand|escalate} {it|this|your account|the account|the matter|the debt|your debt|the balance} ({over|on}) to {collections|a collection agency|a debt collection agency|debt collection|our legal team|our legal department|our solicitors|our lawyers|the authorities|a debt collector|the police|the courts}",
    "{violators|offenders|trespassers|shoplifters|thieves|fraudsters|abusers} will be {prosecuted|banned|reported|pursued}",
    "to the {fullest|full} extent of the law",
    "{see|take} you to court",
    "{hear|hearing} from our {lawyers|solicitors|attorneys|legal team}",
    "{you will} be hearing from",
    "report you to",
    "{report|reporting|pass|passing|refer|referring} {this|it|you|your account|the debt|your debt} to {the credit agencies|credit agencies|the credit reference agencies|credit reference agencies|a credit bureau|the credit bureaus|credit bureaus}",
    "{mark|damage|affect|harm} your credit {file|record|rating|score|history}",
    "you have *2 {hours|days|working days|business days} to {respond|reply|pay|comply|settle|return} (it) {before|or}",
  },
  suggest = { "If we can't resolve this together, the next step would be {next step}", "I'd like to sort this out with you before it goes any further" },
  unless = {
    "{you|customers} {may|can} {report|refer} {this|it|the matter} to",
    "{you'll} be hearing from {us|me|our team} {soon|shortly|by|within|on|tomorrow|today}",
  },
  examples = {
    flag = {
      "We will take legal action.",
      "We will pass your account to a debt collection agency.",
      "Settle the invoice or we will pass it to a collection agency.",
      "Shoplifters will be prosecuted.",
      "You will be hearing from our solicitors.",
    },
    pass = {
      "You'll be hearing from us by Friday with the courier's answer.",
      "You can refer the matter to the ombudsman if you are unhappy with our answer.",
      "Our legal team has confirmed that you are entitled to a refund.",
    },
  },
}

tact.rule {
  id = "threat.final-warning", severity = "error",
  message = "'Final warning' language is a threat; mind the volume and send a friendly reminder instead.",
  rationale = [[
"This is your final warning", "you have been warned" and "one more complaint
and…" are the language of discipline, not service; they put the customer on
probation and raise the temperature. If a deadline or a limit matters, send
it as a friendly reminder with the date and what happens then.]],
  phrases = {
    "{this is|this'll be|consider this} ({your|a|the|our}) {final|last|only|formal|official} {warning|chance|reminder|notice}",
    "{final|last} {warning|chance} {!|.|:|,}",
    "{you have} been warned",
    "{don't} say {we|I} {didn't} warn you",
    "{you're} on thin ice",
    "{one|any} {more|further} ({abusive|rude|offensive|angry|threatening|late|missed}) {complaint|complaints|email|emails|call|calls|message|messages|incident|incidents|return|returns|chargeback|payment|payments} ({like this|like that|of this kind}) {and|will}",
    "{do|try} {this|that|it} again and",
    "{if you|should you} {do|try} {this|that|it} again",
  },
  suggest = { "This is a friendly reminder", "Just a reminder" },
  unless = {
    "last chance to {buy|order|get|save|book|grab|claim|enter|join|shop}",
  },
  examples = {
    flag = {
      "This is your final warning.",
      "Consider this a formal warning.",
      "You have been warned.",
      "One more complaint and we will close the account.",
      "Any further messages like this will result in your account being suspended.",
      "Do this again and your warranty is void.",
    },
    pass = {
      "Last chance to order before Christmas: the cut-off is Monday.",
      "This is your last chance to claim the free upgrade, which ends on Sunday.",
      "This is your reminder that the trial ends on Friday.",
    },
  },
}

tact.rule {
  id = "threat.or-else", severity = "error",
  message = "'Or else' and hints of consequences are threats; mind the volume and just say what is needed.",
  rationale = [[
"Or else", "there will be consequences" and "don't test our patience"
threaten without saying what the threat is, which makes them more menacing,
not less. They have no place in a message to a customer. Say what is needed
and why, and if a consequence must be mentioned, give it as plain
information.]],
  phrases = {
    "(,) or else",
    "{it's|it is|the offer is|this offer is|that offer is|the deal is} off the table",
    "(it's) now or never",
    "either you *6 or {it's|it is|we|we'll|your|the offer|the deal}",
    "(,) or there will be consequences",
    "there will be consequences",
    "{you will} (have to) face (the) consequences",
    "{you will} {regret|be sorry}",
    "{don't} {make|force} {me|us} (to)",
    "{don't} test {me|us|my patience|our patience}",
    "{my|our} patience is ({wearing|running}) {thin|out}",
    "{we|I} {know|have} where you {live|work}",
    "{we|I} {will|'ll} {make|ensure} {sure|certain} you {never|don't|won't}",
    "{we|I} {will|'ll} {ban|blacklist|block} you",
    "{we|I} {will|'ll} {ban|blacklist} your {account|card|number|address|email}",
    "you will be (permanently) {banned|blacklisted|blocked} (from)",
    "{we|I} {will|shall|'ll} {name and shame|publicly name|expose|post about} you",
  },
  suggest = { "", "so we can sort this out quickly" },
  unless = {
    "{you will} {regret|be sorry} to {miss|hear|know}",
    "{don't} {make|force} {me|us} to {guess|choose|wait}",
    "{or else|or} {else|otherwise} {you|we} can",
    ", or else {you|we} can",
    "you will be blocked from {seeing|receiving} {these|our|further} {emails|messages|notifications}",
  },
  examples = {
    flag = {
      "Pay by Friday, or else.",
      "There will be consequences.",
      "Don't test our patience.",
      "We'll blacklist you.",
    },
    pass = {
      "Reply with a photo, or else you can drop it at any branch.",
      "There are no consequences for cancelling during the trial.",
      "You won't regret the upgrade: it is twice as fast.",
    },
  },
}
