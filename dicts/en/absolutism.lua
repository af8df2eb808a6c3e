-- absolutism: all-or-nothing wording in policies, terms and help pages.
-- Tone guide principle 11, "Mind the volume": absolutes and penalties read
-- as ultimatums; and principle 5: they tell the reader their case won't
-- be heard.

tact.rule {
  id = "absolutism.under-no-circumstances", severity = "warning",
  message = "'Under no circumstances' shouts a rule instead of explaining it; mind the volume and state the limit plainly.",
  rationale = [[
A plain statement of the rule ("Refunds are available within 30 days of
delivery") is as binding as "under no circumstances will refunds be given
after 30 days", and it reads as information rather than a warning shot.
Where the wording inverts the sentence, rewrite it as a plain statement.]],
  phrases = {
    "under no circumstances (whatsoever)",
    "in no circumstances",
    "under any circumstances (whatsoever)",
    "in any circumstances whatsoever",
    "at no time (whatsoever)",
    "{for|on} no account",
    "{no|without} {exception|exceptions} (whatsoever)",
    "{absolutely|strictly} no {refunds|returns|exchanges|exceptions|cancellations|changes|entry|access|photography|smoking|pets|food}",
    "(absolutely) no {refunds|returns|exchanges|exceptions|cancellations} {whatsoever|of any kind|will be given|will be made|will be accepted|will be issued|are given|are possible|allowed}",
    "not under any circumstances",
  },
  unless = {
    "for no account fees",
  },
  examples = {
    flag = {
      "Under no circumstances will refunds be given after 30 days.",
      "We do not accept returns under any circumstances.",
      "Absolutely no refunds.",
      "No refunds will be given without a receipt.",
    },
    pass = {
      "Refunds are available within 30 days of delivery.",
      "We can refund you in most circumstances, and here's how.",
      "At no extra cost, we'll collect the old unit.",
    },
  },
}

tact.rule {
  id = "absolutism.strictly-prohibited", severity = "info",
  message = "'Strictly prohibited' is the language of warning signs; mind the volume and say 'not allowed' or explain why.",
  rationale = [[
"Strictly prohibited", "expressly forbidden" and "banned" borrow the voice
of a warning sign, which tells every reader they are suspected of the very
thing being banned. Most customers reading a policy have done nothing wrong
and never will. A plain "isn't allowed", ideally with the reason ("because
it puts your account at risk"), sets the same limit at a normal volume.]],
  phrases = {
    "{is|are} ({strictly|absolutely|expressly|completely}) {prohibited|forbidden|banned|disallowed}",
    "strictly {prohibited|forbidden|not permitted|not allowed}",
    "expressly {prohibited|forbidden}",
    "{is|are} (strictly) verboten",
  },
  suggest = { "isn't allowed", "aren't allowed" },
  unless = {
    "{is|are} not {prohibited|forbidden|banned}",
    "{prohibited|banned|forbidden} items list",
  },
  examples = {
    flag = {
      "Smoking is strictly prohibited.",
      "Sharing your login is forbidden.",
      "Resale of tickets is expressly prohibited.",
    },
    pass = {
      "Sharing your login isn't allowed, because it puts your account at risk.",
      "Pets are welcome in the garden area.",
      "Gift wrap is not prohibited for sale items.",
    },
  },
}

tact.rule {
  id = "absolutism.will-not-be-tolerated", severity = "warning",
  message = "'Will not be tolerated' reads as a threat to every reader; mind the volume and say what is expected instead.",
  rationale = [[
"Will not be tolerated" is aimed at an imagined offender, but everyone reads
it: the polite majority, and the upset customer whose complaint is fair. It
sounds like a threat held in reserve, which raises the volume of the whole
page. Say what you expect of people ("We ask everyone to treat our staff
with respect"), or, if a line must be drawn, "isn't acceptable" draws it
without the menace.]],
  phrases = {
    "{will|shall} not be tolerated",
    "{won't|can't} be tolerated",
    "{is|are} not ({going to be}) tolerated",
  },
  suggest = { "isn't acceptable", "aren't acceptable" },
  unless = {
    "not tolerate {lactose|gluten|dairy|heat|cold|water}",
  },
  examples = {
    flag = {
      "Abuse of our staff will not be tolerated.",
      "Rudeness to our drivers is not tolerated.",
    },
    pass = {
      "We ask everyone to treat our staff with respect.",
      "Some customers cannot tolerate dairy, so the oat version is available.",
      "The fabric tolerates washing at 40 degrees.",
    },
  },
}

tact.rule {
  id = "absolutism.failure-to-comply", severity = "warning",
  message = "'Failure to comply will result in…' frames the reader as an offender; mind the volume and state the condition plainly.",
  rationale = [[
"Failure to comply" is the vocabulary of enforcement notices: it casts the
reader as someone who is about to get it wrong. The consequence may be fair,
but framed this way it reads as a punishment rather than a price or a
condition, which raises the volume of the whole text. State the condition
and its result plainly: "If payment is more than seven days late, a 5-pound
fee is added."]],
  phrases = {
    "failure to {comply|do so|pay|respond|follow|provide|adhere|meet|return|cooperate|observe|submit|notify|reply|update|complete} *4 {will|shall|may|can|could} {result in|lead to}",
    "{non-compliance|noncompliance|any breach|a breach|breach|any violation|violations|a violation|misuse|any misuse|abuse|any abuse} ({of {these|this|the|our} {terms|rules|policy|conditions|agreement}}) {will|shall|may} {result in|lead to}",
  },
  suggest = { "If {condition}, the result is", "If {condition}, there will be" },
  unless = {
    "failure to {deliver|ship|respond} on our part",
    "our failure to",
  },
  examples = {
    flag = {
      "Failure to pay on time will result in a late fee.",
      "Any breach of these terms will result in immediate termination.",

    },
    pass = {
      "If payment is late, a fee of 5 pounds is added.",
      "Our failure to deliver on time will result in a full refund.",
      "Late returns are charged a small restocking fee.",
    },
  },
}

tact.rule {
  id = "absolutism.reserve-the-right", severity = "info",
  message = "'We reserve the right to' sounds like a warning in a customer-facing text; mind the volume and simply say 'we may'.",
  rationale = [[
"We reserve the right to" is contract language; in a help page or a reply it
sounds like a warning that we may act against the customer at any moment,
and so raises the volume. It adds nothing that "we may" doesn't already say.
Use "we may" and, where you can, add when and how the customer will hear
about it ("We may change these terms, and we'll e-mail you first").]],
  phrases = {
    "{we|the company|the store|the shop|the seller|management} {reserve|reserves} the right to",
    "{we|the company} (hereby) {reserve|reserves} all rights to",
    "the right is reserved to",
  },
  suggest = { "we may", "we can" },
  unless = {
    "you reserve the right to",
  },
  examples = {
    flag = {
      "We reserve the right to refuse service.",
      "The company reserves the right to change these terms.",
      "Management reserves the right to refuse entry.",
    },
    pass = {
      "We may change these terms, and we'll e-mail you first.",
      "You reserve the right to cancel within 14 days.",
      "You can reserve a table online.",
    },
  },
}

tact.rule {
  id = "absolutism.sole-discretion", severity = "info",
  message = "'At our sole discretion' tells the customer their case won't be heard; mind the volume and say how decisions are made.",
  rationale = [[
"At our sole discretion" tells the customer the decision is ours alone and
their circumstances won't count, which dismisses their concern before they
have raised it. It also hides how decisions are really made, so it invites
suspicion. Say how you decide ("after reviewing each case") or list the
conditions.]],
  phrases = {
    "at {our|its|the company's|the store's|management's} ({sole|absolute|entire|own}) discretion",
    "in {our|its} ({sole|absolute}) discretion",
  },
  suggest = { "case by case", "after reviewing each case" },
  unless = {
    "at your discretion",
  },
  examples = {
    flag = {
      "Refunds are issued at our sole discretion.",
      "Upgrades are offered in our absolute discretion.",
    },
    pass = {
      "You can return items at your discretion within 30 days.",
      "We review each request within two working days.",
      "Prices are fixed until your order ships.",
    },
  },
}

tact.rule {
  id = "absolutism.all-sales-final", severity = "warning",
  message = "'All sales are final' shuts the door before the customer knocks; mind the volume and say what options remain.",
  rationale = [[
"All sales are final", "no refunds, no exchanges" and "sold as seen" answer
a question the customer hasn't asked yet, at full volume and in the most
closed way possible. A customer who later has a real problem reads it as
"don't bother contacting us". Lead with what remains possible (an exchange,
a repair, help if the item is faulty) and state the limit after it.]],
  phrases = {
    "all sales are final",
    "{all|every} {sale|sales|purchase|purchases|order|orders} {is|are} final",
    "{no|zero} {refunds|returns|exchanges} (,) ({and|or}) (no) {exchanges|returns|refunds}",
    "{non-refundable|nonrefundable} ({and|or}) {non-transferable|nontransferable|non-exchangeable}",
    "{is|are} (strictly) {non-refundable|nonrefundable|non-returnable|nonreturnable} ({under any circumstances|in any circumstances|whatsoever})",
    "once (an order is) {placed|paid|confirmed} (,) {orders|it|your order} {cannot} be {changed|cancelled|canceled|refunded|amended}",
    "what you see is what you get",
    "{sold|bought} as seen",
    "buyer beware",
    "caveat emptor",
  },
  suggest = { "sale items can be exchanged for {option}", "if there's a problem with your order, we'll {option}" },
  unless = {
    "no returns {needed|required|necessary}",
    "no refunds {are|will be} needed",
    "{non-refundable|nonrefundable} deposit of",
  },
  examples = {
    flag = {
      "All sales are final.",
      "No refunds, no exchanges.",
      "Tickets are strictly non-refundable.",
      "Sold as seen.",
    },
    pass = {
      "No returns needed: keep the old part.",
      "Sale items can be exchanged within 14 days.",
      "A non-refundable deposit of 20 pounds holds your booking.",
    },
  },
}

tact.rule {
  id = "absolutism.zero-tolerance", severity = "warning",
  message = "'Zero tolerance' and 'we will not tolerate' read as a threat to every reader; mind the volume and say what you ask of people.",
  rationale = [[
"Zero tolerance" and "we will not tolerate" are meant for abusers but land
on everyone, including customers who are upset and have every right to be.
The phrase announces a punishment before anything has happened, which is the
loudest way to set a rule. Say what you ask of people instead: "We ask
everyone to treat our staff with respect."]],
  phrases = {
    "{we|I} {will|do|shall} not tolerate",
    "{we|I} have ({a|absolutely}) zero tolerance {for|of|towards|toward|to}",
    "{we|I} {operate|have|enforce|run} a zero {tolerance|-tolerance} {policy|approach} {for|on|towards|toward|to|regarding}",
    "{we|I} {operate|have|enforce|run} a zero-tolerance {policy|approach} {for|on|towards|toward|to|regarding}",
  },
  suggest = { "we ask everyone to avoid", "we ask everyone to refrain from" },
  unless = {
    "not tolerate {lactose|gluten|dairy|heat|cold|water|nuts}",
  },
  examples = {
    flag = {
      "We have zero tolerance for late payments.",
      "We will not tolerate rudeness.",
      "We operate a zero-tolerance policy towards abuse.",
    },
    pass = {
      "We ask everyone to treat our staff with respect.",
      "Our tolerance for delivery times is two days either way.",
      "Some customers cannot tolerate gluten, so we label every product.",
    },
  },
}

tact.rule {
  id = "absolutism.penalties", severity = "warning",
  message = "'Will be subject to penalties' frames every reader as an offender; mind the volume and state the charge as plain information.",
  rationale = [[
"Will be subject to penalties" and "violators will be fined" address every
reader as a likely offender, though most will never break the rule, and the
whole page gets louder for it. If a fee applies, say what it is and when, as
you would any other price: "Returns after 30 days are charged a 5-pound
restocking fee."]],
  phrases = {
    "{will|shall|may} be subject to ({a|an}) (immediate) {penalty|penalties|fine|fines|surcharge|legal action|prosecution|termination|suspension|disciplinary action|sanctions}",
    "{is|are} (strictly) subject to (immediate) {termination|suspension|cancellation|penalties|sanctions}",
    "{penalties|sanctions|fines} {will|shall|may} (be) apply",
    "{penalties|sanctions|fines} {will|shall|may} be {imposed|applied|levied|enforced}",
    "{will|shall} result in (the) {immediate|instant|permanent|automatic} {termination|suspension|cancellation|closure|removal|forfeiture|ban}",
    "{violators|offenders|those who do not comply|anyone found|anyone caught|persons found} will be {charged|fined|removed|banned|penalised|penalized|held liable|held responsible|asked to leave|ejected}",
  },
  unless = {
    "not be subject to",
  },
  examples = {
    flag = {
      "Late returns will be subject to a penalty.",
      "Violators will be fined.",
      "Misuse will result in immediate suspension.",
      "Penalties will apply.",
    },
    pass = {
      "Returns after 30 days are charged a 5-pound restocking fee.",
      "Your order will not be subject to customs charges.",
      "Prices are subject to change when the season ends.",
    },
  },
}

tact.rule {
  id = "absolutism.without-notice", severity = "info",
  message = "'Without notice' tells customers they can be caught out at any time; mind the volume and say how you will tell them.",
  rationale = [[
"Without notice" tells customers that prices, the service or their account
can change under them at any time and they will be the last to know. Even
where the terms need it, it reads as a warning and as indifference to them.
Say how you will tell them ("we'll e-mail you 14 days before a price
change"), or, if notice truly can't be given, say why.]],
  phrases = {
    "without ({prior|any|further|advance|previous}) notice",
    "without ({prior|any|advance}) warning",
    "at any time ({and|or}) without ({prior|any|advance}) notice",
  },
  suggest = { "after letting you know by e-mail", "with notice by e-mail" },
  unless = {
    "not without ({prior|any|advance}) notice",
    "{never|not} *4 without ({prior|any|advance}) notice",
  },
  examples = {
    flag = {
      "Prices may change without notice.",
      "We may suspend the service at any time without prior notice.",
    },
    pass = {
      "We never change prices without notice.",
      "We will e-mail you before any price change.",
    },
  },
}

tact.rule {
  id = "absolutism.for-any-reason", severity = "info",
  message = "'For any reason or no reason' tells customers they have no say; mind the volume and say when and why it happens.",
  rationale = [[
"For any reason or no reason" and "without giving a reason" state a limit at
its loudest: the customer has no say and won't get an explanation, which
makes them distrust the rest of the text too. People accept limits much more
easily when they know the grounds. Say when it happens and promise the
reason: "We may close an account that is used for fraud, and we'll always
tell you why."]],
  -- Regexes rather than phrases so that, after "we may close accounts", the
  -- finding covers only "for any reason" and the suggestion keeps the rest.
  -- Every regex holds one of these words: the regexes run only where one is.
  when = { "reason", "reasons", "explanation", "cause" },
  regex = {
    "\\b(?:we|the company)\\s+(?:may|can|reserve the right to)\\s+(?:[\\w'’-]+\\s+){0,3}?(?<hit>for\\s+(?:any|no)\\s+reason(?:\\s+whatsoever)?(?:\\s+or\\s+(?:for\\s+)?no\\s+reason)?)\\b",
    "\\bfor\\s+any\\s+reason\\s+or\\s+(?:for\\s+)?no\\s+reason\\b",
    "\\bwithout\\s+(?:giving|providing|stating|offering)\\s+(?:(?:a|any)\\s+)?(?:reasons?|explanation)\\b",
    "\\bwith\\s+or\\s+without\\s+cause\\b",
  },
  suggest = { "for a clear reason, which we'll explain", "only for a reason we'll explain" },
  unless = {
    "you {may|can} * for any reason",
    "cancel for any reason",
    "return * for any reason",
  },
  examples = {
    flag = {
      "We may close accounts for any reason.",
      "Orders can be cancelled without giving a reason.",
      "We may end the service with or without cause.",
    },
    pass = {
      "You can return items for any reason within 30 days.",
      "You may cancel for any reason during the trial.",
      "If we have to cancel, we'll tell you why.",
      "If for any reason you are unhappy, we will refund you.",
    },
  },
}

tact.rule {
  id = "absolutism.you-always", severity = "warning",
  message = "'You always' and 'you never' turn one problem into a verdict on the customer; mind the volume and talk about this case.",
  rationale = [[
Generalising about the customer's behaviour ("you always leave it until the
last minute") escalates, because nobody always does anything. Describe the
one situation at hand and what happens next.]],
  phrases = {
    "you {always|constantly|continually|forever|invariably|repeatedly|never} {leave|forget|miss|ignore|change|complain|wait|blame|assume|expect|demand|insist|argue|interrupt|refuse|lose|break|misread|misunderstand|order|call|send|pay|reply|respond|read|listen|check|follow|do|make|want|ask|seem|get|contact|leaving|forgetting|missing|ignoring|changing|complaining|waiting|blaming|asking|calling|sending|chasing}",
    "you {have|'ve} never (once) {paid|replied|responded|read|listened|checked|followed|sent|called|been|done|kept|returned}",
    "not once have you",
    "{every|each} (single) time you {order|call|write|contact|email|e-mail|ring|buy|book|log|try|come}",
    "you {keep|kept} (on) {changing|forgetting|missing|ignoring|complaining|asking|calling|sending|chasing|emailing|leaving|ordering|blaming}",
    "you {do|did} this every (single) time",
    "{this|it} is always {the same|like this} with you",
    "with you it's always",
  },
  unless = {
    "you {always|never} {need|have|get|can|pay nothing|pay no|pay for nothing}",
    "you never {pay|need} {for|to}",
    "you can always",
    "you {always|never} {get|pay} {free|the same|a discount|less|full|extra}",
    "every time you {order|buy|book} , you {get|earn|collect|receive|save}",
    "you {always|never} {order|call|send|ask} {from|us} * {thank|thanks|and we}",
  },
  examples = {
    flag = {
      "You always leave it until the last minute.",
      "You constantly change your mind.",
      "You have never once paid on time.",
      "Every single time you order, there's a problem with your address.",
      "You keep changing the delivery date.",
    },
    pass = {
      "You can always reach us on live chat.",
      "You never need a password to track a parcel.",
      "Every time you order, you earn points towards a free delivery.",
      "We never charge for returns.",
    },
  },
}

tact.rule {
  id = "absolutism.infallible", severity = "warning",
  message = "Claiming that we never make mistakes tells the customer their report can't be true; mind the volume and check the case.",
  rationale = [[
Saying the system, the courier or the team never gets things wrong tells the
customer their report must be false before anyone has looked, which wins the
argument and loses the customer. It is also rarely true, and the customer
knows it. Treat the report as information: "This is unusual, so let me check
what happened" keeps them on side without conceding anything you haven't
confirmed.]],
  phrases = {
    "{our|the} {system|software|courier|courier company|warehouse|team|staff|records|site|website|app|machine|checkout|tracking} {never|doesn't ever} {makes|make|gets|get} {mistakes|things wrong|it wrong|errors}",
    "{our|the} {system|software|courier|warehouse|team|staff|records|tracking|data} {is|are} never wrong",
    "{we|I} {never|don't ever} make mistakes",
    "{we|I} {never|don't ever} get {it|this|things|orders} wrong",
    "{no one|nobody|none of our staff|none of our team} {at|in|on} {this company|our company|our team|our staff|here|the team} would ever",
    "{it's|it is|that's|that is} ({completely|totally|absolutely|simply|utterly}) impossible ({that|for})",
    "{never|not} (,) ever (,) {offer|give|do|refund|change|allow|accept|happen}",
    "{we|I} will never (,) ever",
    "{that|this|it} ({has|had}) never happened {to anyone else|before|to any other customer|to anyone}",
    "{that|this|it} {simply|just} {doesn't|can't} happen",
  },
  suggest = { "this is unusual, so let me check", "I'll look into how this happened" },
  unless = {
    "{it's|it is} impossible for {us|me} to {say|tell|know}",
    "never happened before , {and|so} {I'm|we're} ({so|very|really}) sorry",
    "{that|this|it} {shouldn't} happen",
  },
  examples = {
    flag = {
      "Our system never makes mistakes.",
      "The courier is never wrong about deliveries.",
      "It's completely impossible that the item arrived broken.",
      "We will never, ever offer price matching.",
      "No one at this company would ever do that.",
      "That has never happened to anyone else.",
    },
    pass = {
      "We'll never share your details with anyone.",
      "It's impossible for us to say when the courier will arrive, but I'll chase them.",
      "This should never have happened, and I'm sorry.",
      "The kettle always switches off on its own when the water boils.",
    },
  },
}
