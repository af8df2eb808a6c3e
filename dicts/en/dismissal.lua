-- dismissal: telling the customer their concern doesn't count.
-- Tone guide principle 5, "Don't dismiss or minimise".

tact.rule {
  id = "dismissal.calm-down", severity = "warning",
  message = "Telling an upset customer to calm down dismisses their feelings; acknowledge them instead.",
  rationale = [[
Nobody has ever calmed down because they were told to. Name the feeling
("I understand this is frustrating") and move to what you can do.]],
  phrases = {
    "{please|just|so|now|ok|okay|sir|madam} (,) {calm down|relax|chill out|chill|settle down|cool down|simmer down|cool it}",
    "calm down",
    "relax ,",
    "chill out",
    "{don't} take {it|this|that} (so) personally",
    "{there's|there is} no need to take {it|this|that} personally",
    "I {don't} see why {you're|you were|you'd be|you would be|you'd get|you would get} (so) {upset|angry|annoyed|worked up|bothered|cross|frustrated|fussed}",
    "why {are you|you're|is everyone} so {upset|angry|worked up|bothered|cross|touchy|sensitive}",
    "{try|need|have} to {calm down|relax|settle down|cool down|chill out|chill|stay calm|keep calm|be calm|remain calm}",
    "{keep|stay|remain} calm",
    "take a (deep) breath",
    "take a chill pill",
    "{there's|there is} no need to {shout|yell|get upset|be upset|get angry|be angry|be rude|get so upset|get worked up|get so worked up|get so angry|be so upset|be so angry|raise your voice|use that tone|get emotional|be so dramatic|overreact|get excited|get personal|swear|panic|be so negative|take that tone|write in capitals|use capitals}",
    "{please|kindly} {stop|don't keep} {shouting|yelling|overreacting|complaining|whining|moaning|being dramatic|being emotional|being rude|swearing|ranting|making threats}",
    "{stop|quit} {shouting|yelling|overreacting|complaining|whining|moaning|being dramatic|being emotional|being so dramatic|ranting|making a fuss|kicking up a fuss}",
    "{don't} get {upset|angry|worked up|so upset|emotional|excited|defensive|hysterical|so worked up|mad|aggressive|shirty|so angry}",
    "{don't} be so {sensitive|dramatic|emotional|upset|negative|difficult|rude|touchy|angry|impatient|aggressive|hostile}",
    "you {are} ({just|simply|really|clearly|completely}) {overreacting|being dramatic|being emotional|being unreasonable|being difficult|being rude|being hysterical|being paranoid|being silly|being childish|being oversensitive|being too sensitive|over-reacting|making a fuss|getting worked up|getting upset|getting emotional|getting hysterical|getting carried away}",
    "you {are} ({way|far|a bit|rather|very|being}) {too sensitive|oversensitive|overly emotional|hysterical|dramatic|paranoid}",
    "{no|there's no|there is no} need {for|to get} (all) {the|this|that} {drama|hysteria|attitude|tone|language|shouting|fuss}",
    "{that|this} {kind of|sort of|type of} {tone|language|attitude} {is not} {helpful|necessary|acceptable|needed}",
  },
  suggest = { "I understand this is frustrating", "I can see why you're upset" },
  unless = {
    "{things|it|everything|demand|traffic|the weather|orders|the rush|the market|volumes|business|the noise|the queue|the queues|prices|the situation} {calm|calms|calmed|calming|settle|settles|settled} down",
    "{once|when|until|as soon as} {things|it|everything|demand|traffic|the rush} {calm|calms|settle|settles} down",
    "{help|helps|helping|helped} you {relax|calm down|stay calm|unwind}",
    "calm down {mode|setting|feature|function|button|timer}",
    "{relax|calm down} and {enjoy|unwind}",
    "{sit back|sit back ,} and relax",
    "{back|unwind} , relax",
    "relax , {unwind|and enjoy|enjoy|and unwind}",
    "take a deep breath {in|and hold|through}",
    "{our|the} calm",
    "stay calm {mode|setting}",
  },
  examples = {
    flag = {
      "Please calm down and let me help.",
      "There's no need to shout.",
      "You're overreacting.",
      "Relax, it's only a two-day delay.",
      "Chill out, your money isn't going anywhere.",
      "Don't take it so personally.",
      "Don't get so worked up about a small delay.",
      "Just relax, the parcel will turn up.",
      "Stop complaining and read the email.",
    },
    pass = {
      "The calm setting lowers the fan speed.",
      "Once things calm down after the sale, delivery times improve.",
      "This tea helps you relax before bed.",
      "Sit back and relax while we handle the paperwork.",
    },
  },
}

tact.rule {
  id = "dismissal.not-a-big-deal", severity = "warning",
  message = "Downplaying the problem tells the customer their concern doesn't count; don't dismiss or minimise.",
  rationale = [[
"It's not a big deal", "it's only a few days" and "it could be worse"
measure the problem by our standards, not the customer's. If it mattered
enough for them to write, it matters to them, and minimising it tells them
it doesn't count. Acknowledge it ("I understand this matters to you"), then
give the facts that put it in proportion, such as when it will be fixed.]],
  phrases = {
    "{it is|it's|this is|that is|that's|it was|this was|that was} ({really|honestly|actually}) not ({such|that|really}) {a big deal|big a deal|a huge deal|a major issue|a major problem|a serious problem|that serious|that bad|so bad|the end of the world|a disaster|worth {worrying|getting upset|complaining} about}",
    "{it is|it's|this is|that is|that's} not that serious",
    "no big deal",
    "{not|hardly|barely} a big deal",
    "{it's|it is|this is|that's|that is|it was} {only|just|merely} a {minor|small|tiny|little|slight|short|brief} {issue|thing|problem|inconvenience|delay|mistake|error|glitch|hiccup|matter|detail|scratch|mark|dent|difference|fee|charge}",
    "{it's|it is|this is|that's|that is} {only|just|merely} {a few|a couple of|two|three} {days|hours|minutes|dollars|pounds|euros|cents|pence}",
    "{it's|it is|this is|that's|that is} {only|just|merely} a {one-day|two-day|three-day|few-day|day's|week's|couple-day|short|brief|slight|tiny|minor|small} {delay|wait}",
    "over {a few|a couple of|two|three} {pounds|dollars|euros|days|minutes|hours|quid|bucks}",
    "{most people|anyone else|nobody else|no one else|most customers} {wouldn't} (even) {notice|mind|care|bother|complain}",
    "{you'll} (just) have to {live with it|accept it|put up with it|get used to it|make do|learn to live with it}",
    "{it's|it is|this is|that's|that is} ({just|only}) a {first-world problem|first world problem|storm in a teacup|tempest in a teapot}",
    "{hardly|barely} {a problem|an issue|a disaster|worth complaining about|worth the fuss}",
    "{it|that|this} (really) {doesn't} matter",
    "{it|that|this} could {be|have been} worse",
    "worse things happen (at sea)",
    "{you're} making a {big deal|fuss|mountain|drama|song and dance} {out of|about|over} ({nothing|this|it})",
    "(making) a mountain out of a molehill",
    "{you're} blowing {this|it|things} out of proportion",
    "{there's|there is} nothing to {complain|get upset|get worked up|make a fuss} about",
    "I {don't} see what the {problem|fuss|big deal|issue} is",
    "{what's|what is} the big deal",
    "{what's|what is} all the fuss (about)",
    "{you'll} {get over it|live|survive}",
    "{get|move} over it",
    "{just|please} move on",
    "{it's|it is} {hardly|not} the end of the world",
  },
  suggest = { "I understand this matters to you", "I can see why this is frustrating" },
  unless = {
    "{it|that|this} {doesn't} matter {which|what|whether|how|when|where|if}",
    "{doesn't} matter {to us|at all} {which|what|whether|if}",
    "the size {doesn't} matter",
    "{we|I} {don't} see what the {problem|issue} is {yet|so far}",
    "{it's|it is} only a {minor|small} {change|update|step|fee} {and|but|,}",
    "it could be worse for {us|you} if",
  },
  examples = {
    flag = {
      "It's not a big deal.",
      "It's only a small delay.",
      "You're making a big deal out of nothing.",
      "It's only a few days.",
      "It could be worse.",
      "I don't see what the problem is.",
    },
    pass = {
      "It doesn't matter which colour you pick; both ship today.",
      "Whatever colour you pick ships today.",
      "A delay like this is a big deal for a business, and I'm sorry.",
      "We don't see what the problem is yet, so an engineer will visit on Monday.",
    },
  },
}

tact.rule {
  id = "dismissal.it-is-what-it-is", severity = "warning",
  message = "Shrugging it off ('it is what it is') dismisses the customer's concern; say what you *can* do instead.",
  rationale = [[
"It is what it is", "these things happen" and "what did you expect?" shrug
the problem off and leave the customer alone with it. Even when the cause
can't be undone, there is usually something we can do next. Say what that
is: "Here's what I can do: …"]],
  phrases = {
    "{it is|it's} what it is",
    "{these|such|those} things happen",
    "{it happens|stuff happens|things happen|mistakes happen|delays happen|accidents happen} (sometimes)",
    "{it|that|this} happens ({sometimes|to everyone|all the time})",
    "{that's|that is|such is} life",
    "{that's|that is} {just|simply} {how|the way} {it is|it's|it goes|things are|things go|it works|the cookie crumbles|the world works|it's done}",
    "{that's|that is} {how|the way} {it is|it's|it goes|things are|things go|the cookie crumbles}",
    "{what can|what else can} {you|we|I|one} do",
    "what {did|do} you expect",
    "what do you want me to do (about it)",
    "{oh|ah} well",
    "{c'est la vie|shit happens}",
    "{nothing|not much} {anyone|anybody|we|you} can do about {it|that}",
    "{you|we} win some (,) {you|we} lose some",
    "{you|we} can't win them all",
    "{that's|that is} the risk you take",
  },
  suggest = { "Here's what I can do: {next step}", "Let me see what I can do" },
  unless = {
    "{it|this|that} happens automatically",
    "{it|this|that} happens {when|if|because|after|before|every|each|once|overnight|within|at|on|in}",
    "{these|such} things happen {when|if|because|after|rarely}",
    "{delays|mistakes|accidents|things} happen {more|less|most|when|if|because|in|during|at}",
    "{oh|ah} well done",
    "what can you do with",
    "mistakes happen , and {we|I}",
    "{what can|what else can} {we|I} do {to help|for you|to make|to put}",
    "what do you want me to do {next|first}",
  },
  examples = {
    flag = {
      "It is what it is.",
      "These things happen.",
      "That's just how it works.",
      "What did you expect?",
      "Oh well, the parcel will come eventually.",
    },
    pass = {
      "This happens automatically once the payment clears.",
      "What else can we do to make this right?",
      "The update happens overnight, so you'll see it in the morning.",
      "What do you want me to do first: the refund or the exchange?",
    },
  },
}

tact.rule {
  id = "dismissal.nobody-else", severity = "warning",
  message = "Saying no one else has this problem implies the customer is the problem; don't dismiss their concern, look into their case.",
  rationale = [[
"Nobody else has complained" and "it works fine for everyone else" dismiss
the report: they imply the customer is the problem, or is imagining it. Even
if true, it is no comfort, and the first report of a real fault always looks
exactly like this. Take their case on its own terms: say you're sorry
they're running into it, and look into it.]],
  phrases = {
    "{nobody|no one|no-one} else {has|had|is having|seems to have} (ever) {complained|had this problem|had this issue|had a problem|had an issue|had any problems|had any issues|had trouble|had any trouble|reported this|mentioned this|had a complaint|raised this|noticed}",
    "{nobody|no one|no-one} else {has|had} ever {complained|reported|mentioned|raised} {this|it|that}",
    "you {are} the only {one|customer|person|client|user} ({who|that}) {has|have|is} (ever) {complained|had|reported|having|mentioned|experiencing|raised|noticed}",
    "you {are} the only {one|customer|person|client|user} to {complain|have|report|mention|raise|notice}",
    "{no other|none of our other|not one other} {customer|customers|client|clients|user|users} {has|have} (ever) {complained|had|reported|mentioned|raised|noticed}",
    "{we've} ({never|not}) {had|received|seen} {this|a|any} {problem|issue|complaint|complaints|problems|issues} {before|from anyone else|from other customers}",
    "{it|this} works (just) {fine|perfectly|well} for {everyone|everybody|all our|every other|our other|other} ({else|customers|clients|users})",
    "{it|this} works (just) {fine|perfectly} {on our end|on our side|for me|here}",
    "{everyone|everybody} else {manages|seems to manage|can do it|copes|understands|gets it}",
    "{thousands|hundreds|millions} of {customers|people|users} {use|buy|have|order} {it|this|these|them} without (any) {problem|problems|issue|issues|complaint|complaints|trouble}",
  },
  suggest = { "I'm sorry you're running into this", "I'm sorry this happened to you" },
  unless = {
    "you're the only one who can {confirm|sign|approve|change|access}",
    "{it|this} works {fine|perfectly} {for me|on our end|here} {too|as well} , {so|but} {let's|let us|I'll|we'll}",
  },
  examples = {
    flag = {
      "Nobody else has complained about this.",
      "You're the only customer who has had this problem.",
      "It works fine for everyone else.",
      "We've never had this problem before.",
      "Thousands of customers use it without any problems.",
    },
    pass = {
      "You're the only one who can sign for the parcel, so I've booked a Saturday slot.",
      "Other customers have reported this too, and we're fixing it.",
      "Nobody else can see your order details.",
    },
  },
}

tact.rule {
  id = "dismissal.busy", severity = "warning",
  message = "Telling the customer how busy you are dismisses their concern; thank them for their patience instead.",
  rationale = [[
Telling a customer how busy you are, or that they are not your only
customer, dismisses them as an interruption, and "please be patient" reads
as a reprimand. The delay may be real, but it's ours to carry. Thank them
for their patience and say when they will hear back.]],
  phrases = {
    "I {don't} have time for {this|that|these|your}",
    "{we|I} {are|am} ({very|extremely|really|incredibly|too}) busy ({at the moment|right now|today}) (,) (so)",
    "{we|I} have {other|many|lots of|hundreds of|thousands of|plenty of} (other) {customers|clients|tickets|cases|people} to {deal with|help|look after|attend to|serve}",
    "{you're} not {our|my|the} only {customer|client|ticket|case}",
    "{we|I} get {hundreds|thousands|dozens} of {emails|e-mails|messages|complaints|requests|calls|tickets} ({a day|every day|a week|like this})",
    "{please|kindly} be patient",
    "{you'll} (just) have to {wait|be patient} (like everyone else)",
    "{wait|waiting} your turn",
    "stop {chasing|emailing|e-mailing|calling|messaging|contacting} us",
    "{there's|there is} no need to {chase|keep chasing|email us again|e-mail us again|keep emailing|keep calling|contact us again}",
  },
  suggest = { "Thank you for your patience while I look into this", "I appreciate your patience" },
  unless = {
    "{we|I} {are|am} ({very|really}) busy {preparing|packing|getting|working on} your",
    "like everyone else {here|on the team|in our team|at the shop}",
    "no need to {chase|contact us again} , {we'll|I'll}",
  },
  examples = {
    flag = {
      "I don't have time for this.",
      "We are very busy at the moment, so replies are slow.",
      "You're not our only customer.",
      "Please be patient.",
      "You'll have to wait like everyone else.",
    },
    pass = {
      "We're busy packing your order now and it will ship tonight.",
      "Thank you for your patience while I check with the warehouse.",
      "There's no need to chase, we'll e-mail you as soon as it ships.",
    },
  },
}

tact.rule {
  id = "dismissal.case-closed", severity = "warning",
  message = "Declaring the matter closed shuts the customer out; don't dismiss them, leave the door open.",
  rationale = [[
"We consider this matter closed", "our decision is final" and "end of
discussion" dismiss the customer and shut the door, which tends to push them
to escalate elsewhere. You can stand by a decision without ending the
relationship. Say what was decided and leave the door open: "If anything
changes, I'm happy to look at this again."]],
  phrases = {
    "{we|I} (now) consider {this|the|this matter|the matter|this case|the case|this issue|the issue|this complaint|the complaint} (to be) (now) closed",
    "{this|the} {matter|case|issue|complaint|discussion|conversation|correspondence} is (now) {closed|over|at an end|finished}",
    "{this|the} {matter|case|issue|complaint|discussion} is (now) {closed|over} (,) and",
    "{we|I} will not {discuss|correspond|respond|reply|engage|comment} (any) {further|more} ({on|about}) ({this|the matter|this matter|it})",
    "{we|I} {will} not be {discussing|corresponding|responding|replying|engaging|entering into} (any) {further|more}",
    "no further correspondence will be {entered into|answered|accepted|responded to}",
    "{end of|that is the end of|that's the end of} {discussion|story|conversation|the discussion|the conversation|the matter}",
    "case closed",
    "{my|our|the} decision is final",
    "{that's|that is} final",
    "{that's|that is} (all) {I|we} {have|can|will} {to say|say}",
    "{there's|there is} nothing ({more|further|else}) to {discuss|say|add}",
    "{I|we} {have} nothing ({more|further|else}) to {add|say}",
    "and {that's|that is} that",
    "take it or leave it",
    "this is not up for {discussion|debate|negotiation}",
    "{I'm|we're} not going to {discuss|debate|argue about|go over|revisit} {this|it|that} (any) ({further|again|more})",
    "{I'm|we're} done {discussing|talking about|arguing about|going over|debating} {this|it|that}",
    "{this|the} {conversation|discussion} is over",
  },
  suggest = { "If anything changes, I'm happy to look at this again", "If you'd like to talk it through, I'm here" },
  unless = {
    "{this|the} {matter|case|issue|complaint} is (now) {closed|resolved} (,) {but|and} {if|I|we|you}",
    "consider this {matter|case} closed {once|when|after} you",
    "{is|was} {closed|resolved} {in your favour|with a full refund|with a refund}",
  },
  examples = {
    flag = {
      "We consider this matter closed.",
      "We will not correspond further on this matter.",
      "Our decision is final.",
      "There is nothing more to discuss.",
      "End of discussion.",
    },
    pass = {
      "The complaint is now closed, but if anything changes just reply here.",
      "Your case was resolved with a full refund on Monday.",
      "I'll close this ticket once you confirm the parcel has arrived.",
    },
  },
}

tact.rule {
  id = "dismissal.not-listening", severity = "warning",
  message = "Refusing to hear the customer out dismisses their concern; acknowledge what they said.",
  rationale = [[
"I don't care what the website says", "spare me the sob story" and "tough
luck" tell the customer that what they said isn't worth hearing, and nothing
escalates faster than feeling unheard. Acknowledge what they told you
("Thank you for telling me this") even when the answer stays the same.]],
  phrases = {
    "{I|we} {don't} (really) care {what|how|whether|if|about}",
    "{I|we} couldn't care less",
    "{I|we} {don't} need to hear {this|that|it|any more|about}",
    "{spare|save} me the (sob) story",
    "{I've|we've} heard it all before",
    "{so|and} what ?",
    "{who cares|why would anyone care} ?",
    "{that's|that is} {your|not my|not our} {business|concern|look-out|lookout}",
    "{tough luck|tough cookies|tough break|too bad , so sad|too bad so sad}",
    "{that's|that is} (just) {tough|too bad} {.|!}",
    "{not|none of} our concern",
  },
  suggest = { "I hear you", "Thank you for telling me this" },
  unless = {
    "{we|I} {don't} care {which|what} {colour|size|option|day|date|time}",
    "(what) {we|I} {do|really|truly} care about",
    "{that's|that is} not {our|my} concern {alone|only}",
    "{that's|that is} (just) too bad {for|about|to} ",
  },
  examples = {
    flag = {
      "I don't care what the website says.",
      "Spare me the sob story.",
      "Tough luck.",
      "I've heard it all before.",
    },
    pass = {
      "We don't care which colour you choose; both are in stock.",
      "What we really care about is getting this right for you.",
      "That's too bad about the weather on your trip; the refund is on its way.",
      "It's been a tough week for you, and I'm sorry.",
    },
  },
}
