-- apology: non-apologies and apologies that lose their force.
-- Tone guide principle 7, "Apologise once, and mean it".

tact.rule {
  id = "apology.sorry-you-feel", severity = "warning",
  message = "'Sorry you feel that way' apologises for the customer's feelings, not for what happened; apologise once, and mean it.",
  rationale = [[
A real apology names what went wrong and owns it. "I'm sorry you feel that
way" or "sorry if you were upset" puts the problem back in the customer's
reaction, which usually makes things worse.]],
  phrases = {
    "{I'm|we're} ({really|very|truly|so}) sorry (that) you {feel|felt|think|thought|see it|saw it|view it|took it|perceive it|are feeling|were feeling|have been feeling} {that way|this way|like that|so|that}",
    "{I'm|we're} ({really|very|truly|so}) sorry (that) you {feel|felt|think|thought|believe|are under the impression|got the impression|were under the impression|have the impression} (that) {we|I|our|this|it|you}",
    "sorry you feel {that way|this way|like that|so}",
    "{I'm|we're} ({really|very|truly|so}) sorry (that) you {are|were|feel|felt|'ve been|have been|got} {upset|unhappy|offended|annoyed|angry|displeased|dissatisfied|hurt|bothered|aggrieved|put out|disappointed|frustrated|confused|so upset|so angry}",
    "{I'm|we're} sorry (that) you {see|saw|view|viewed|took|interpreted|understood|read} {it|this|that|things|our email|my email|our message|my message} {that way|this way|like that|wrongly|the wrong way|as rude|as a refusal}",
    "{I'm|we're} sorry (that) you {misunderstood|misread|misinterpreted|took offence|took offense|were offended}",
    "{we|I} regret that you {feel|felt|are|were|have been} {that way|this way|upset|unhappy|dissatisfied|disappointed|offended}",
    "{it is|it's} {unfortunate|a shame|a pity|regrettable} that you {feel|felt|think|thought|see|saw} {that way|this way|so|it that way}",
    "{it is|it's} {unfortunate|a shame|a pity|regrettable} that you {are|were|feel|felt} {upset|unhappy|dissatisfied|disappointed|offended}",
  },
  suggest = { "I'm sorry we let you down", "I'm sorry for {what went wrong}" },
  unless = {
    "sorry (that) you {are|were|felt|feel} {unwell|ill|poorly|sick}",
    "sorry you {feel|felt} {unwell|ill|poorly|sick|under the weather}",
  },
  examples = {
    flag = {
      "I'm sorry you feel that way.",
      "We're sorry you were upset by our email.",
      "I'm sorry that you took it the wrong way.",
      "It's unfortunate that you feel this way.",
      "We regret that you are dissatisfied.",
    },
    pass = {
      "I'm sorry you were charged twice.",
      "I'm sorry you had to wait so long for an answer.",
      "I'm sorry you're feeling unwell, and there's no rush to reply.",
      "We're sorry we sent the wrong size.",
    },
  },
}

tact.rule {
  id = "apology.if", severity = "warning",
  message = "'Sorry if…' makes the apology conditional; apologise once, and mean it.",
  rationale = [[
"Sorry if…" turns the apology into a condition: if you were inconvenienced,
if it caused confusion. The customer hears doubt that anything went wrong at
all, which can be worse than no apology: it isn't meant, so it doesn't work.
Drop the "if" and name what happened: "I'm sorry the delay held you up."]],
  phrases = {
    "{I'm|we're} ({really|very|truly|so|sincerely|terribly}) sorry if",
    "{I|we} ({sincerely|truly|do}) {apologise|apologize} if",
    "{my|our} ({sincere|sincerest|deepest}) apologies if",
    "apologies if",
    "sorry if",
    "if {that|this} {is|was} ({indeed|really|actually|truly|in fact}) {what happened|the case|how it happened}",
    "if {that's|that is} ({indeed|really|actually|truly}) {what happened|the case}",
    "{I|we} {apologise|apologize} for any {offence|offense|upset|hurt|distress|confusion|misunderstanding} (that) {this|that|it|we|I|our} {may|might|could} have {caused|given}",
  },
  suggest = { "I'm sorry that", "We're sorry that" },
  unless = {
    "sorry if {this|that} is a {silly|stupid|dumb|basic|obvious|daft|naive} question",
    "sorry if {I'm} {late|repeating|asking|being}",
    "{apologies|sorry} if you {have|'ve} {already|been} {received|seen|had|answered|replied|sent|done}",
    "{apologies|sorry} if you {get|receive|got|received} this {twice|more than once}",
    "{apologies|sorry} if {this|that} {reaches|reached} you twice",
    "{apologies|sorry} if {this|it} {arrives|arrived} twice",
  },
  examples = {
    flag = {
      "We apologize if you were inconvenienced.",
      "Sorry if this caused any confusion.",
      "I'm sorry if my email came across as rude.",
      "Apologies if the delay caused you any trouble.",
    },
    pass = {
      "Apologies if you have already received this reminder.",
      "I'm sorry this caused confusion.",
      "We apologise for the delay with your order.",
    },
  },
}

tact.rule {
  id = "apology.sorry-but", severity = "warning",
  message = "'Sorry, but…' takes the apology back in the same breath; apologise once, and mean it.",
  rationale = [[
Whatever follows "but" cancels what came before it, so "Sorry, but we can't
refund this" reads as a refusal with a token apology in front; an apology
only counts if it is meant. Let the apology stand on its own: end the
sentence, or join the next point with "and" ("I'm sorry, and here's what I
can do").]],
  phrases = {
    "{sorry|I'm sorry|we're sorry|I apologise|I apologize|we apologise|we apologize|apologies|my apologies|our apologies|I'm very sorry|we're very sorry|I'm really sorry} (,) {but|however}",
    "{sorry|apologies} for the {inconvenience|delay|trouble|confusion|wait} (,) {but|however}",
  },
  suggest = { "I'm sorry, and", "I'm sorry about this, and" },
  unless = {
    "sorry (,) but {could|would|can|may} {you|I|we}",
    "not sorry",
  },
  examples = {
    flag = {
      "Sorry, but we can't refund this.",
      "I apologize, however the offer has ended.",
      "We're sorry but the form is required.",
      "Sorry for the delay, but the courier was late.",
    },
    pass = {
      "Sorry, but could you send the order number again?",
      "I'm sorry, and I've already asked the courier to collect it today.",
      "I'm sorry for the delay, and your parcel ships today.",
    },
  },
}

tact.rule {
  id = "apology.boilerplate", severity = "info",
  message = "A stock 'sorry for any inconvenience' sounds automatic; apologise once, and mean it, naming what went wrong.",
  rationale = [[
"We apologise for any inconvenience" has appeared on so many notices that
customers read it as automatic, not as a person being sorry. "Any" hedges
too, as if there may have been no inconvenience at all. Name what went wrong
and what it cost them: "I'm sorry the engineer didn't turn up on Tuesday."]],
  phrases = {
    "{I|we} ({sincerely|truly}) {apologise|apologize} for any {inconvenience|trouble|disruption|frustration|distress} ({this|that|it} {may|might|could|has} (have) {caused|cause})",
    "{sorry|apologies} for any {inconvenience|trouble|disruption} ({this|that|it} {may|might|could|has} (have) {caused|cause})",
    "{we|I} regret any {inconvenience|trouble|disruption} ({this|that|it} {may|might|could|has} (have) {caused|cause})",
    "{we|I} regret any {inconvenience|trouble|disruption} caused",
    "{sorry|apologies} for {the|any} inconvenience (caused)",
    "{we|I} {apologise|apologize} for the inconvenience (caused)",
    "please accept {my|our} apologies for {any|the} inconvenience",
    "any inconvenience {this|that|it} {may|might|could|has} (have) caused",
    "{we|I} (do) {apologise|apologize|regret} {any|the} inconvenience",
  },
  suggest = { "I'm sorry for {what went wrong}", "I'm sorry this held you up" },
  unless = {
    "{sorry|apologies} for the inconvenience of {having|the}",
  },
  examples = {
    flag = {
      "We apologize for any inconvenience this may have caused.",
      "Sorry for the inconvenience.",
      "We regret any inconvenience caused.",
    },
    pass = {
      "I'm sorry the engineer didn't turn up on Tuesday.",
      "We apologise for sending the wrong size.",
      "The new slot avoids any inconvenience on your side.",
    },
  },
}

tact.rule {
  id = "apology.grovelling", severity = "info",
  message = "Over-the-top apologies sound insincere and keep the focus on us; apologise once, and mean it.",
  rationale = [[
"I can't apologise enough", "a thousand apologies" and "so so sorry" are so
big that they sound either insincere or as if the writer needs comforting.
They also move the attention from the customer's problem to our feelings;
apologise once, and mean it. One plain "I'm sorry" that names the problem,
followed by the fix, carries more weight.]],
  phrases = {
    "{I|we} {cannot} {apologise|apologize} enough",
    "{I|we} {cannot} say sorry enough",
    "{so|very|terribly|truly|really|deeply} {so|very|terribly|truly|really|deeply} {so|very|terribly|truly|really|deeply} sorry",
    "{so|terribly|deeply|very|really} , {so|terribly|deeply|very|really} sorry",
    "{so so|terribly terribly|very very|really really} sorry",
    "sorry , sorry",
    "sorry , ({so|very|really}) sorry",
    "{we|I} {beg|humbly beg|beg for} your forgiveness",
    "please (please) forgive {us|me}",
    "a {thousand|million|hundred} apologies",
    "{we|I} {are|am|'m|'re} ({absolutely|utterly|truly}) {mortified|devastated|ashamed|beside ourselves|beside myself}",
    "{our|my} {deepest|most profound|most humble|humblest|most abject|most sincere and humble} apologies",
    "{I|we} {grovel|humbly apologise|humbly apologize}",
  },
  suggest = { "I'm sorry", "We're sorry" },
  unless = {
    "please forgive {us|me} for {asking|the|being}",
  },
  examples = {
    flag = {
      "I can't apologize enough.",
      "We are so so sorry.",
      "We beg your forgiveness.",
      "A thousand apologies.",
    },
    pass = {
      "I'm sorry we missed the delivery slot.",
      "Please forgive the short reply; I'm on the road today.",
      "We are sorry, and a new parcel is on its way.",
    },
  },
}

tact.rule {
  id = "apology.passive", severity = "warning",
  message = "'Mistakes were made' apologises without owning anything; apologise once, and mean it.",
  rationale = [[
"Mistakes were made" and "there appears to have been a mix-up" describe an
error that nobody made. Customers notice the missing subject and read it as
dodging responsibility, so the apology isn't felt as meant. Say who got it
wrong ("We made a mistake with your order") and then how you are putting it
right.]],
  phrases = {
    "{mistakes|errors|errors of judgement|errors of judgment} {were|have been} made",
    "{a mistake|an error} {was|has been} made",
    "{it is|it's} regrettable that",
    "{it is|it's} unfortunate that {this|it|the|your|our|these|things}",
    "{things|this|it} {did not} go (quite) {as planned|to plan|as expected|as intended|according to plan}",
    "{there|it} {appears|seems} to have been {a|an|some} {mistake|error|mix-up|oversight|miscommunication|misunderstanding}",
    "{a|some} {miscommunication|mix-up|misunderstanding} {occurred|took place|happened}",
  },
  suggest = { "we made a mistake", "we got this wrong", "I'm sorry that" },
  unless = {
    "{it is|it's} unfortunate that {this|it} happened , and {I|we} {am|'m|are|'re} sorry",
    "a mistake was made by {us|our|me|the}",
  },
  examples = {
    flag = {
      "Mistakes were made.",
      "An error was made with your order.",
      "It's regrettable that your order was delayed.",
      "There appears to have been a mix-up.",
    },
    pass = {
      "We made a mistake with your order.",
      "A mistake was made by our warehouse team, and I'm sorry.",
      "The parcel was made in Portugal.",
    },
  },
}

local APOLOGY_WORDS = { "sorry", "apologize", "apologise", "apologies", "apology", "apologizing",
  "apologising", "apologized", "apologised" }
local APOLOGY_SET = tact.words(APOLOGY_WORDS)

tact.rule {
  id = "apology.too-many", scope = "document", severity = "info",
  max_words = 2500, -- about replies; a long policy may apologise in places
  when = APOLOGY_WORDS,
  message = "One sincere apology is stronger than several; apologise once, and mean it.",
  rationale = [[
Each extra "sorry" weakens the first. Keep the apology that names what went
wrong, and let the next step carry the rest of the reply.]],
  check = function(doc, report)
    -- Counting natively first spares reading every token of a long
    -- document that cannot have two apologies.
    if doc:count(APOLOGY_SET) < 2 then return end
    local count = 0
    for _, s in ipairs(doc:sentences(APOLOGY_SET)) do -- only those with a word
      local w = s:norms() -- the words; a token table only to report at
      local in_sentence = 0
      for k, n in ipairs(w) do
        local hit = APOLOGY_SET[n]
        -- "sorry to hear" is sympathy, not an apology for our part
        if hit and n == "sorry" and w[k + 1] == "to" and w[k + 2] == "hear" then
          hit = false
        end
        if hit then
          count = count + 1
          in_sentence = in_sentence + 1
          if count >= 2 then
            local msg = nil
            if count == 2 then
              msg = "This is the second apology in the reply; one sincere apology is stronger than several, so keep the one that names what went wrong."
            end
            -- A short sentence that only apologises can go as a whole.
            if in_sentence == 1 and s:count { kind = "word" } <= 7 then
              local only = true
              for k2 = k + 1, #w do
                if APOLOGY_SET[w[k2]] then only = false end
              end
              if only then
                report { at = s, suggest = { "" }, message = msg }
              else
                report { at = s:token(k), message = msg }
              end
            else
              report { at = s:token(k), message = msg }
            end
          end
        end
      end
    end
  end,
  examples = {
    flag = {
      "Sorry for the delay. Your refund is on its way. Sorry again for the trouble.",
      "I apologise for the mix-up. We are sorry. Apologies once more.",
      "Sorry again, and sorry once more for the trouble, and really sorry for the wait.",
    },
    pass = {
      "Sorry for the delay. Your refund is on its way.",
      "I'm sorry to hear the parcel was damaged. I apologise for the trouble, and a new one ships today.",
      "Thanks for your patience. Your refund is on its way.",
    },
  },
}
