-- policy-hiding: sheltering behind policy, systems or other departments.
-- Tone guide principle 5, "Don't dismiss or minimise": say what you *can*
-- do, or who can, and hand over properly.

tact.rule {
  id = "policy-hiding.just-policy", severity = "warning",
  message = "'That's just our policy' ends the conversation without helping; don't dismiss the customer, say what you *can* do.",
  rationale = [[
Policy may be the reason, but it is never the answer a customer wants.
Explain the reason in a sentence if you can, and lead with the option that
is open to them.]],
  phrases = {
    "{it is|it's|that is|that's|this is} ({just|simply|only|unfortunately|strictly}) {our|company|the company's|the|store|shop|standard|our company|our standard} policy",
    "{it is|it's|that is|that's|this is} ({just|simply|only}) {against|not in line with} {our|company|the} {policy|policies|rules|procedure|procedures|terms}",
    "(because) {it is|it's|that is|that's} (the) company policy",
    "{those|these} are the rules",
    "rules are rules",
    "{policy is policy|a policy is a policy|the rules are the rules}",
    "{it is|it's|that is|that's} ({just|simply}) (the) {procedure|protocol|process} (,) (I'm afraid)",
    "{it is|it's|that is|that's} ({just|simply}) how {we do things|we work|it's done|things are done|our system works} (here)",
    "{I'm} ({just|only|simply}) following {policy|procedure|the rules|orders|protocol|instructions|company policy|the process|our policy|the policy}",
    "I {don't} make the {rules|policy|policies}",
    "{head office|management|the company|corporate|my manager|the management|the directors|the owners} {sets|set|makes|made|decides|decided|wrote} {these|the|those|this} {rules|policies|policy|rule|terms|prices}",
    "{these|those|the} {rules|policies} {aren't} {mine|up to me|my rules|my decision}",
    "(the) rules (,) not me",
    "{our|the|company} policy {does not|will not} {allow|permit|let} ({me|us}) (to)",
    "{our|the|company} policy {forbids|prohibits} ({it|this|that|us|me})",
    "{it is|it's|that is|that's|this is} not {our|company} policy to",
    "{according to|per|as per} ({our|company}) policy (,) {we|I} {cannot|do not|will not|are unable to|am unable to}",
    "{we|I} {have|'ve} to {follow|stick to|go by} (the) {policy|rules|procedure}",
  },
  suggest = { "Here's what I can do instead: {option}", "The reason for this is {reason}, and here's what I can do: {option}" },
  unless = {
    "{our|the} policy is to {refund|replace|repair|help|give|offer|send|cover|honour|honor|match}",
    "{it is|it's} our policy to {refund|replace|repair|help|give|offer|send|cover|honour|honor|match|protect|keep}",
    "{it is|it's} ({just|simply}) our policy to {refund|replace|repair|help|give|offer|send|cover|honour|honor|match|protect|keep}",
    "{read|see|find|view|check} {our|the} {full|privacy|returns|refund|cookie} policy",
    "{our|the} {privacy|returns|refund|cookie|cancellation|shipping|delivery} policy",
  },
  examples = {
    flag = {
      "That's just our policy.",
      "I'm sorry, but it's company policy.",
      "Rules are rules.",
      "I'm just following procedure.",
      "Head office sets these rules, not me.",
      "Our policy doesn't allow us to refund opened items.",
    },
    pass = {
      "Our policy is to refund any item that arrives damaged.",
      "It's our policy to replace faulty parts for free.",
      "You can read our full returns policy on the website.",
    },
  },
}

tact.rule {
  id = "policy-hiding.nothing-i-can-do", severity = "warning",
  message = "'There's nothing I can do' leaves the customer stranded; don't dismiss them, say what you *can* do.",
  rationale = [[
"There's nothing I can do" and "my hands are tied" leave the customer
stranded, and suggest that nobody else can help either. It is rarely
literally true: you can escalate, explain, check back or offer something
smaller. Say what that is: "Here's what I can do: …"]],
  phrases = {
    "{there is|there's} nothing ({more|else|further|else that|more that}) {I|we} can do",
    "{there is|there's} nothing {I|we} {am|are} able to do",
    "nothing ({more|else|further}) {I|we} can do",
    "{I|we} {can't} do anything ({more|else|further}) ({about it|about that|about this|for you|to help})",
    "{I|we} {can't} do anything {about it|about that|about this|for you}",
    "{there is|there's} not ({much|a lot|a great deal}) {I|we} can do",
    "{there is|there's} {little|not much} {I|we} can do",
    "{my|our} hands are tied",
    "{I|we} {have|'ve} done {all|everything} {I|we} can",
    "{I|we} {have|'ve} done {all|everything} (that) {I|we} {can|could} (do)",
    "{it is|it's|this is} out of {my|our} hands",
    "{it is|it's|this is} ({completely|entirely}) out of {my|our} control",
    "{there is|there's} nothing to be done",
    "{it is|it's} too late to do anything",
    "{I|we} {can't} help you ({any further|anymore|any more|with that|with this})",
    "{there is|there's} no way ({for us|for me}) to {help|fix|change|sort}",
    "{I'm} {powerless|helpless} to",
    "{we're} {powerless|helpless} to",
  },
  suggest = { "Here's what I can do: {next step}", "What I can do is {next step}" },
  unless = {
    "nothing {I|we} can do {to|will} {undo|make up for|change what}",
    "{there is|there's} nothing you {need|have} to do",
    "nothing {I|we} can do {wrong|better}",
  },
  examples = {
    flag = {
      "There's nothing I can do.",
      "I can't do anything about it.",
      "My hands are tied.",
      "It's out of our hands.",
      "There isn't much we can do, I'm afraid.",
    },
    pass = {
      "There's nothing you need to do; the refund is automatic.",
      "Nothing I can see suggests a problem with your card.",
      "Is there anything else I can do for you?",
    },
  },
}

tact.rule {
  id = "policy-hiding.not-my-department", severity = "warning",
  message = "'Not my department' hands the customer back their problem; don't dismiss them, hand over properly to who can help.",
  rationale = [[
"Not my department", "I'm just the messenger" and "that's between you and
the courier" hand the problem back to the customer. From their side we are
one company, and our internal map is not their concern. Hand over properly:
name who can help and pass the case on yourself.]],
  phrases = {
    "{it is|it's|that is|that's|this is} not (really) {my|our} {department|job|area|responsibility|team|remit|call|decision|field|area of expertise|problem to solve}",
    "not my department",
    "{I|we} {don't} {handle|deal with|do|cover|look after} ({that|this|those|these}) ({here|in this team|in this department|in our team})",
    "{that is|that's|it is|it's} {a|an} {different|other|separate} {department|team|company}",
    "{that is|that's|it is|it's} ({for|up to}) {another|a different|the other} {department|team}",
    "{that is|that's|it is|it's} {above|beyond} my pay grade",
    "{I'm} just the messenger",
    "{it is|it's|that is|that's|this is} not up to me",
    "I ({only|just}) work here",
    "{that is|that's|it is|it's} (not) (really) {for|up to} {the courier|the manufacturer|your bank|them|the carrier|the seller|the supplier|head office|the shop} to {decide|sort out|handle|deal with|fix|answer}",
    "{that's|that is} between you and {the|your} {courier|bank|manufacturer|carrier|seller|supplier|provider|landlord|insurer}",
  },
  suggest = { "I'll pass this to {team}, who can help with it", "The right people for this are {team}, and I've passed it on" },
  unless = {
    "not {my|our} {department|area|team} (,) so {I|I've|I'll}",
    "not up to me {to decide|alone} (,) so {I|I've|I'll}",
    "{it's|it is|that's|that is} not your {job|responsibility|problem}",
  },
  examples = {
    flag = {
      "That's not my department.",
      "We don't handle that here.",
      "I'm just the messenger.",
      "It's not up to me.",
      "That's between you and the courier.",
    },
    pass = {
      "Billing isn't my area, so I've asked a colleague in that team to call you today.",
      "It's not your job to chase the courier; I'll do that.",
      "We handle returns within two days.",
    },
  },
}

tact.rule {
  id = "policy-hiding.contact-someone-else", severity = "info",
  message = "Sending the customer elsewhere without help feels like a brush-off; don't dismiss them, hand over properly.",
  rationale = [[
"You'll have to contact the courier" sends the customer off to start again
from scratch with someone else. Sometimes the other party really is the
right one, but then the customer needs help getting there. Explain why it's
the quickest route, give the contact details, or offer to get in touch on
their behalf.]],
  phrases = {
    "you {will|'ll|would} have to {contact|call|ask|speak to|talk to|take it up with|take this up with|take that up with|get in touch with|reach out to|write to|email|e-mail|go to|chase}",
    "you {need|have} to {take it up with|take this up with|take that up with|chase}",
    "{take|taking} it up with {them|the courier|the manufacturer|your bank|the carrier|the seller|the supplier|the shop}",
    "{please|you should|you'll need to|you must} {contact|call|ask} {someone else|another department|the other department|the relevant department}",
    "{try|go} {somewhere|someone} else",
  },
  suggest = { "the quickest way to sort this out is to contact", "I'd suggest contacting" },
  unless = {
    "you {will|'ll|would} have to {contact|call|ask|speak to|talk to|email|e-mail|write to|reach out to|get in touch with} {us|me|our|my}",
    "{we|I} {will|'ll|can} {contact|call|ask|chase} {them|the courier|the manufacturer} {for you|on your behalf}",
  },
  examples = {
    flag = {
      "You'll have to contact the courier.",
      "You'll have to take it up with the manufacturer.",
      "Try someone else.",
      "You'll have to chase the seller for the receipt.",
    },
    pass = {
      "You'll have to contact us again if the part doesn't fit, and we'll swap it.",
      "I'll chase the courier for you today.",
      "You can also contact the courier directly if you prefer, and I'm happy to do it for you.",
    },
  },
}

tact.rule {
  id = "policy-hiding.system-wont-let", severity = "warning",
  message = "Blaming the system sounds like nobody is in charge; don't dismiss the customer, own the limit and say what you *can* do.",
  rationale = [[
"The system won't let me" and "computer says no" hide behind a machine,
suggest that nobody is in charge, and invite the customer to ask for someone
who can override it. Own the limit in the first person ("I'm not able to
change the date") and say what you can do instead.]],
  phrases = {
    "the {system|computer|software|tool|app|platform} {won't|doesn't|can't} ({let|allow}) {me|us} (to)",
    "the {system|computer|software|tool|platform} {won't|doesn't} let {me|us}",
    "the {system|computer} ({just|simply}) {won't|doesn't} allow ({it|this|that})",
    "computer says no",
    "the system {says|shows} (that) {I|we} {can't}",
    "{it is|it's} automated (,) so {there's|there is} nothing",
    "{I|we} {don't} have (the) {access|permission|authority|rights} to {do|change|override|approve|refund}",
    "{I'm} not {allowed|authorised|authorized|permitted|able to authorise|able to authorize} to",
    "{I|we} {am|are} not {authorised|authorized|permitted} to",
  },
  suggest = { "I'm not able to", "I can't" },
  unless = {
    "the {system|app} {won't|doesn't} let {me|us} {book|place|take|charge} ({it|you}) twice",
    "{I'm} not allowed to {share|give out|disclose|discuss} {your|other|another|personal|card|account} ",
    "{we|I} {are|am} not {permitted|allowed|authorised|authorized} to {share|disclose|store|keep|see|access} {your|card|personal|other}",
  },
  examples = {
    flag = {
      "The system won't let me refund this.",
      "Computer says no.",
      "I'm not allowed to change the date.",
      "I don't have the authority to override it.",
    },
    pass = {
      "The system won't let me book it twice, so your slot is safe.",
      "We are not permitted to store your card number, for your safety.",
      "The system lets me move your delivery to Saturday.",
    },
  },
}

tact.rule {
  id = "policy-hiding.no-exceptions", severity = "warning",
  message = "'We don't make exceptions' shuts the door; don't dismiss the customer, say what you *can* do.",
  rationale = [[
"We don't make exceptions" and "it wouldn't be fair to other customers"
answer the customer with a principle instead of their case, so they hear
that nobody looked at it. If the rule must stand, show that you considered
their situation and offer what you can: "Here's what I can do instead."]],
  phrases = {
    "{we|I} ({simply|just}) {can't|don't|won't|never|are unable to|am unable to} make (any) exceptions",
    "no exceptions ({can|will}) (be made)",
    "{is|are} ({completely|totally|absolutely|strictly}) {non-negotiable|not negotiable|not up for negotiation|not open to negotiation}",
    "{there are|there can be} no exceptions",
    "{we|I} {can't|won't|don't} make an exception ({for you|in your case|here|this time})",
    "{if|once} {we|I} {make|made} an exception for you (,) {we'd|we would|I'd|I would} have to",
    "{it|that|this} {wouldn't} be fair ({to|on}) (our) other customers",
    "{it|that|this} {would|will} set a precedent",
    "{we|I} {can't} {set|create} a precedent",
  },
  suggest = { "Here's what I can do instead: {option}", "While this rule applies to every order, here's what I can do: {option}" },
  unless = {
    "{we've|I've} made an exception",
    "{we|I} {can|will|'ll} make an exception",
  },
  examples = {
    flag = {
      "We can't make exceptions.",
      "No exceptions will be made.",
      "It wouldn't be fair to our other customers.",
      "That would set a precedent.",
      "Our terms of service are non-negotiable.",
    },
    pass = {
      "We've made an exception and extended your return window.",
      "I can make an exception this time and refund the postage.",
      "There are no extra fees for exchanges.",
    },
  },
}

tact.rule {
  id = "policy-hiding.decided-above", severity = "info",
  message = "A decision made by nobody ('it has been decided') hides who is responsible; don't dismiss the customer, own it.",
  rationale = [[
"It has been decided" and "head office has decided" present a decision that
nobody made, and make the writer a bystander who can only shrug. Customers
want someone to own the outcome. Speak for the company ("we decided") and
give the reason, so the decision can be understood even if it's unwelcome.]],
  phrases = {
    "it has been decided (that)",
    "{a|the} decision {has been|was} ({made|taken}) ({to|that})",
    "{management|head office|the management|senior management|the board|the powers that be|upstairs|corporate} {has|have} decided (that)",
    "{management|head office|corporate|upstairs} {says|said|won't|doesn't} (allow it)",
    "{the powers that be|those above me|my manager|my boss|my supervisor} {won't|doesn't|wouldn't} {allow|let|approve|sign off}",
    "{it is|it's} {out of|beyond} my control",
  },
  suggest = { "we have decided", "we decided" },
  unless = {
    "{my manager|my supervisor} {has|have} (already) approved",
    "the decision was made to {refund|replace|reimburse|upgrade}",
  },
  examples = {
    flag = {
      "It has been decided that the fee stays.",
      "Head office has decided to end the offer.",
      "My manager won't approve it.",
    },
    pass = {
      "The decision was made to refund everyone who ordered that week.",
      "My manager has already approved your refund.",
      "We decided to extend the offer, so you still qualify.",
    },
  },
}
