-- condescension: wording that talks down to a frustrated customer.
-- Tone guide principle 6, "Don't talk down".

-- "Obviously" and friends: a check function, so that the suggestion can drop
-- the word cleanly (taking the space before it, or re-capitalising the word
-- after it when it opens the sentence).
do
  local OPENERS = { obviously = true, clearly = true, evidently = true, plainly = true }
  local EMPATHY = {
    sorry = true, upset = true, frustrated = true, frustrating = true, disappointed = true,
    disappointing = true, annoyed = true, annoying = true, unhappy = true, worried = true, worrying = true,
    stressful = true, inconvenient = true, unacceptable = true, distressing = true, concerned = true,
    ["not"] = true, our = true, my = true, a = true, an = true, on = true, wrong = true, late = true,
  }
  local SELF = { we = true, i = true, us = true }
  local YOU = { you = true }
  tact.rule {
    id = "condescension.obviously", severity = "warning",
    when = { "obviously", "clearly", "evidently", "plainly", "needless" },
    message = "'Obviously' and 'clearly' imply the customer should have known; don't talk down.",
    rationale = [[
"Obviously", "clearly", "evidently" and "needless to say" imply the point
should already have been plain, so a customer who missed it feels slow. They
add no meaning of their own. Delete the word; the sentence says the same
thing without the sting. The rule leaves "clearly" alone where it describes
how something is done ("write clearly") and where we use these words about
our own mistakes.]],
    check = function(s, report)
      local toks = s:tokens()
      local first = nil
      for i, t in ipairs(toks) do
        if t.kind == "word" or t.kind == "number" then first = first or i end
        local w = t.norm
        local prev = toks[i - 1]
        local nxt = toks[i + 1]
        local is_open = (i == first)
        local hit = false
        if w == "obviously" or w == "needless" then
          hit = true
          if w == "needless" then
            hit = nxt and nxt.norm == "to" and toks[i + 2] and toks[i + 2].norm == "say"
          end
        elseif OPENERS[w] then
          -- "clearly" only as an opener ("Clearly, ...", "Evidently you..."),
          -- or aimed at the reader ("you clearly missed"); "write clearly" is fine.
          hit = (is_open and nxt and (nxt.norm == "," or YOU[nxt.norm])) or (prev and YOU[prev.norm])
            or (prev and (prev.norm == "are" or prev.norm == "were") and toks[i - 2] and YOU[toks[i - 2].norm])
        end
        if hit then
          local last = i
          if w == "needless" then last = i + 2 end
          local after = toks[last + 1]
          local skip = false
          if after and after.kind == "word" and EMPATHY[after.norm] then skip = true end
          if after and after.norm == "," and toks[last + 2] and SELF[toks[last + 2].norm] then skip = true end
          if after and SELF[after.norm] then skip = true end
          if prev and SELF[prev.norm] then skip = true end
          if prev and (prev.norm == "have" or prev.norm == "are" or prev.norm == "is" or prev.norm == "was")
             and toks[i - 2] and SELF[toks[i - 2].norm] then skip = true end
          if prev and prev.norm == "not" then skip = true end
          if not skip then
            if is_open then
              -- "Obviously, the form..." -> "The form..."
              local j = last + 1
              if toks[j] and toks[j].norm == "," then j = j + 1 end
              local nw = toks[j]
              if nw and nw.kind == "word" then
                local repl = nw.text
                repl = repl:sub(1, 1):upper() .. repl:sub(2)
                report { at = { t.from, nw.to }, suggest = { repl } }
              else
                report { at = { t.from, toks[last].to }, suggest = { "" } }
              end
            else
              -- "You obviously missed" -> "You missed"
              local from = t.from
              if prev then from = prev.to + 1 end
              local to = toks[last].to
              if toks[last + 1] and toks[last + 1].norm == "," and prev and prev.norm == "," then
                to = toks[last + 1].to - 1 -- ", obviously," -> ","
                from = prev.to + 1
                to = toks[last + 1].to
                report { at = { from, to }, suggest = { "" } }
              else
                report { at = { from, to }, suggest = { "" } }
              end
            end
          end
        end
      end
    end,
    examples = {
      flag = {
        "Obviously, the form must be signed.",
        "You obviously missed the email.",
        "Needless to say, the warranty does not cover water damage.",
        "Clearly, you did not read the terms.",
        "You're clearly confused about the dates.",
        "Evidently you missed the bold text at the top of the page.",
      },
      pass = {
        "This is obviously frustrating, and I'm sorry.",
        "We obviously made a mistake with your order.",
        "Please write your name clearly on the label.",
        "The calm setting lowers the fan speed.",
        "Clearly, we got this wrong, and I'm sorry.",
        "The label clearly shows the wrong address, which is our error.",
      },
    },
  }
end

tact.rule {
  id = "condescension.should-be-obvious", severity = "warning",
  message = "'It should be clear that…' suggests the customer is slow; don't talk down, just explain.",
  rationale = [[
"It should be obvious", "surely you know" and "I shouldn't have to explain
this" tell the customer they ought to have known already. That talks down to
them, and is humiliating for someone who asked precisely because they
didn't. Just give the information, introduced with "To clarify," if it needs
an opening.]],
  phrases = {
    "it should be {obvious|clear|evident|self-evident|apparent} (to you) {that|,}",
    "it {should|must} be {obvious|clear|evident} to {anyone|everyone|anybody|you}",
    "as {should be|must be} {obvious|clear|evident|apparent} (to you) (,)",
    "{surely|of course} you {know|realise|realize|understand|can see|are aware} ({that|,})",
    "you {surely|must surely|must} {know|realise|realize|understand|be aware|see} ({that|,})",
    "as you {should|must|ought to} ({already|surely}) {know|be aware|realise|realize|understand|have known} (,)",
    "as you {are|will be} {no doubt|surely|well} aware (,)",
    "I'm sure you {already|can see|realise|realize|will agree|understand|know} ({that|,})",
    "it goes without saying ({that|,})",
    "as I'm sure (even) you {will|can|would|must} {appreciate|understand|agree|see|realise|realize}",
    "I'm sure even you {will|can|would|must|could} {appreciate|understand|agree|see|realise|realize|manage}",
    "even you {can|could|should|will|would} {see|understand|manage|appreciate|do|follow}",
    "I would have thought {it was|it's|it is|that was|that's|that is} {obvious|clear|self-evident|evident} ({that|,})",
    "I would have thought you {knew|would know|would have known|understood|would understand} ({that|,})",
    "I {shouldn't} have to {explain|tell you|say|point out|spell out} ({this|that})",
    "you {should|ought to} (already) know {that|this|better|by now}",
  },
  suggest = { "To clarify,", "Just so you know," },
  unless = {
    "you must {know|understand} how {frustrating|upsetting|stressful|annoying|worrying|disappointing}",
    "you should know {that we|we} {value|appreciate|take|care|are}",
    "I'm sure you {understand|know} how {much|important}",
    "{surely|of course} you {know|understand} {best|your}",
  },
  examples = {
    flag = {
      "It should be obvious that the offer has ended.",
      "As you should already know, the fee is not refundable.",
      "Surely you know that prices change.",
      "It goes without saying that you need a receipt.",
      "I shouldn't have to explain this.",
    },
    pass = {
      "It should be clear from the tracking page when the parcel arrives.",
      "You must know how frustrating it is to wait this long, and I'm sorry.",
      "You should know that we take your privacy seriously.",
      "Of course you know your own setup best.",
    },
  },
}

tact.rule {
  id = "condescension.easy", severity = "warning",
  message = "Calling something easy tells a struggling customer they are the problem; don't talk down, walk them through it.",
  rationale = [[
"It's not rocket science", "any child could do it" and "it's just common
sense" tell a customer who is struggling that the problem is them. If they
found it hard, it was hard for them. Walk them through it instead ("Here's
how it works"); if the steps really are short, the steps will show it.]],
  phrases = {
    "{it is|it's|this is|that is|that's} not rocket science",
    "{it is|it's|this is|that is|that's|it isn't|this isn't} {not|really not|hardly|not exactly} {that|very|so|all that} {hard|difficult|complicated|complex|tricky|confusing}",
    "{any|a} {child|kid|five-year-old|toddler|monkey} {could|can} {do|understand|manage|figure out|follow|work out|use|set|install|assemble|fix|operate}",
    "even a {child|kid|five-year-old|toddler|monkey|beginner} {could|can} {do|understand|manage|figure out|follow|work out|use|set|install|assemble|fix|operate}",
    "{it is|it's|this is|that is|that's} really ({very|so}) {easy|simple} (,) ({even|honestly|really})",
    "{it is|it's|this is|that is|that's} (just) ({basic|simple|plain}) common sense",
    "{use|try using} (your) common sense",
    "{it is|it's|this is|that is|that's} {basic|elementary|child's play|a no-brainer|kindergarten stuff|basic stuff|pretty basic|very basic|really basic}",
    "{it is|it's|this is|that is|that's} ({really|very|pretty|quite|fairly}) {simple|easy|straightforward} (,) really",
    "{it's|it is} (really) not {hard|difficult} to {understand|follow|find|see|read|do}",
    "{how|why} {hard|difficult} can it be",
    "{it's|it is} (all) {very|really|pretty} {simple|straightforward} if you",
  },
  suggest = { "Here's how it works", "Let me walk you through it" },
  unless = {
    "{it is|it's} not {that|very|so} {hard|difficult|complicated} to {fix|sort out|put right|replace|change}",
    "{it is|it's|this is} not {that|very|so} {hard|difficult|complicated} , {and|so} I",
    "{it is|it's|this isn't|it isn't} not {that|so} {hard|difficult} {for|when} {us|we}",
  },
  examples = {
    flag = {
      "It's not rocket science.",
      "It's really not that hard.",
      "Any child could follow these steps.",
      "It's just common sense.",
      "How hard can it be?",
    },
    pass = {
      "It's not that hard to fix, and I've booked an engineer.",
      "The set-up is quick: it takes about five minutes.",
      "We made the form simpler after feedback like yours.",
    },
  },
}

tact.rule {
  id = "condescension.self-explanatory", severity = "warning",
  message = "Calling instructions self-explanatory tells the customer the problem is them; don't talk down, walk them through it.",
  rationale = [[
Calling a form or an invoice "self-explanatory", or saying it "speaks for
itself", tells a customer who has just asked about it that they shouldn't
have needed to ask, which talks down to them. Evidently it didn't explain
itself to them. Explain it, step by step if need be, or point to the exact
line that answers the question.]],
  phrases = {
    "{is|are|should be|seems|seem} ({pretty|fairly|quite|really|completely|totally|entirely}) self-explanatory",
    "speaks for itself",
    "speak for themselves",
  },
  suggest = { "works like this: {steps}", "is set out step by step below" },
  unless = {
    "{isn't|wasn't|aren't} ({as|very|that|so}) self-explanatory",
    "{results|reviews|numbers|figures|quality|feedback} speak for themselves",
    "{quality|craftsmanship|design} speaks for itself",
  },
  examples = {
    flag = {
      "The form is self-explanatory.",
      "The instructions are pretty self-explanatory.",
      "The invoice speaks for itself.",
    },
    pass = {
      "The form isn't as self-explanatory as it should be, so here's a guide.",
      "Our reviews speak for themselves, but here are two from this month.",
      "The manual explains each step with pictures.",
    },
  },
}

do
  local VERBS, VERB_LIST = {}, {}
  for v in ([[click tap go log select enter follow read press type open restart reboot reinstall
    refresh visit call contact check scroll look fill sign download update delete remove add choose
    pick change reset send forward attach turn plug unplug switch head navigate copy paste drag re-enter
    reenter re-read reread use hold clear empty wipe charge tick untick find]]):gmatch("%S+") do
    VERBS[v] = true; VERB_LIST[#VERB_LIST + 1] = v
  end
  local SUBJ = { i = true, we = true }
  tact.rule {
    id = "condescension.simply", severity = "info",
    when = { phrases = { "{simply|just} {" .. table.concat(VERB_LIST, "|") .. "}" } },
    message = "'Simply' or 'just' before an instruction implies it should have been easy; don't talk down.",
    rationale = [[
"Simply click the link" and "just restart the router" imply the task is
trivial, so a customer for whom it didn't work, or who can't find the link,
feels foolish. The instruction is just as clear without the word. Drop
"simply" or "just", or start with "Please". Offers and questions such as
"just reply to this email" or "does it work if you just restart?" are not
flagged.]],
    check = function(s, report)
      local toks = s:tokens()
      local first
      for i, t in ipairs(toks) do
        if t.kind == "word" then first = first or i end
        local nxt = toks[i + 1]
        if (t.norm == "simply" or t.norm == "just") and nxt and VERBS[nxt.norm] then
          local prev = toks[i - 1]
          local after = toks[i + 2]
          local ok = true
          -- "I just checked", "we simply need": the writer, not the reader
          if prev and SUBJ[prev.norm] then ok = false end
          -- "would it help to just…", "why not just…", "or just…", "if you just…":
          -- a suggestion or a question, not an order
          if prev and (prev.norm == "to" or prev.norm == "not" or prev.norm == "or" or prev.norm == "and"
                       or prev.norm == "then" or prev.norm == "one" or prev.norm == "could" or prev.norm == "would") then
            ok = false
          end
          local p2 = toks[i - 2] and toks[i - 2].norm
          if prev and prev.norm == "you" and (p2 == "if" or p2 == "when" or p2 == "once" or p2 == "happens") then ok = false end
          -- "just reply to this email / just call us": a friendly offer
          if (nxt.norm == "reply" or nxt.norm == "call" or nxt.norm == "contact" or nxt.norm == "send")
             and after and (after.norm == "us" or after.norm == "me" or after.norm == "to" or after.norm == "here"
                            or after.norm == "back" or after.norm == "with") then ok = false end
          if t.norm == "just" and nxt.norm == "check" and after and after.norm == "in" then ok = false end
          if ok then
            if i == first then
              local v = nxt.text:sub(1, 1):upper() .. nxt.text:sub(2)
              report { at = { t.from, nxt.to }, suggest = { v, "Please " .. nxt.text:lower() } }
            else
              report { at = { (prev and prev.to + 1) or t.from, t.to }, suggest = { "" } }
            end
          end
        end
      end
    end,
    examples = {
      flag = {
        "Simply click the link in the email.",
        "You can just restart the router.",
        "Just read the instructions on the box.",
      },
      pass = {
        "Just reply to this email with the photo and I'll take it from there.",
        "I simply wanted to check you received the parcel.",
        "We just sent your replacement by express post.",
        "Just to confirm, your refund went out today.",
        "Just call us back whenever suits you.",
        "Would it help to just use the English title?",
        "Does it work if you just restart the app?",
      },
    },
  }
end

tact.rule {
  id = "condescension.read-the-manual", severity = "warning",
  message = "Telling the customer to go and read the manual talks down to them; give the answer and link the page as a bonus.",
  rationale = [[
"Read the manual", "it's all in the FAQ" and "did you even read the
instructions?" send the customer away with homework and a rebuke. They wrote
because the documentation didn't help them, or because they wanted a person.
Give the answer in the reply, and add the link as a bonus for next time.]],
  phrases = {
    "{just|simply|go and|go} {read|check|consult|look at|refer to|see} {the|our} (user) {manual|instructions|FAQ|FAQs|documentation|docs|guide|user guide|terms|fine print|small print|help page|help pages|help centre|help center|knowledge base|website|T&Cs}",
    "{read|check} the {fine|friendly|flipping|fucking|bloody|damn} manual",
    "RTFM",
    "did you ({even|actually|bother to}) {read|check|look at|open} the {manual|instructions|FAQ|FAQs|documentation|email|e-mail|guide|terms|fine print|label|box|website}",
    "have you ({even|actually}) {read|checked|looked at|opened} the {manual|instructions|FAQ|FAQs|documentation|guide|terms|fine print|label|box}",
    "{it is|it's|this is|that is|that's} ({all|clearly|plainly|already}) {explained|stated|written|spelled out|covered} in the {manual|instructions|FAQ|FAQs|documentation|guide|terms|fine print|website|contract}",
    "{it is|it's|this is|that is|that's} ({all|clearly|plainly}) {written|printed|stated|shown} on the {label|box|website|receipt|invoice|packaging}",
    "{it is|it's|this is|that is|that's} (all) in the {manual|instructions|FAQ|FAQs|documentation|docs|guide|terms|fine print|small print|contract}",
    "if you {had} ({bothered to|taken the time to|actually}) read the {manual|instructions|FAQ|FAQs|documentation|guide|terms|fine print|small print|label|box|contract|email|e-mail}",
    "if you {bother|bothered|take|took} (the time) to read",
  },
  suggest = { "Here's the answer from our guide: {answer}", "The steps are: {steps}" },
  unless = {
    "{it is|it's|this is} {explained|covered|set out} in the {guide|FAQ|manual} ({I|we}) {attached|linked|sent|included}",
    "if you {have} read the",
  },
  examples = {
    flag = {
      "Just read the manual.",
      "Did you even read the instructions?",
      "It's clearly stated in the terms.",
      "It's all in the FAQ.",
      "If you had bothered to read the email, you would know.",
    },
    pass = {
      "It's explained in the guide I attached, with pictures of each step.",
      "You can find more tips in our help centre if you'd like them.",
      "I've read the terms again and you're right: the fee should be waived.",
    },
  },
}

tact.rule {
  id = "condescension.let-me-explain", severity = "warning",
  message = "Offering to explain slowly or in simple terms talks down to the customer; just explain it clearly.",
  rationale = [[
"Let me explain this slowly", "let me spell it out" and "try to keep up"
treat the customer as someone who can't follow. Even when a point needs
repeating, announcing that you are simplifying it is the insult. Just
explain it clearly, in a new way if the first didn't work.]],
  phrases = {
    "let me explain ({this|it|that}) {again|once more|one more time|slowly|more slowly|very slowly|in simple terms|in plain English|in simpler terms|simply|to you again|one last time|for you again}",
    "let me {spell it out|spell this out|break it down for you|dumb it down|make this simple for you|make it simple for you|put it in simple terms|put this in simple terms|put it simply for you|explain it like you're five|say it slowly}",
    "I'll {explain|say|go over} {it|this|that} (again) {slowly|more slowly|very slowly|in simple terms|one more time|one last time|once more}",
    "I will {explain|say|go over} {it|this|that} (again) {slowly|more slowly|very slowly|in simple terms|one more time|one last time|once more}",
    "{I will|let me} try to explain {it|this|that} {again|once more|one more time|more simply|in simpler terms}",
    "{listen|read} (very) carefully (,)",
    "try to {keep up|follow along|pay attention|understand}",
    "pay attention (,)",
    "{are you|you're} not {listening|reading}",
    "in {words|terms} you ({can|might|will}) understand",
    "for the {avoidance of doubt|hard of understanding}",
  },
  suggest = { "Here's a quick summary", "Here's another way to put it" },
  unless = {
    "please read (the terms) carefully before {signing|you sign|accepting|you accept|ordering|you order}",
    "pay attention to {detail|the details|quality|safety}",
    "try to understand {what|why|how} {happened|went wrong|this happened}",
    "{I'm|we're} trying to understand",
    "listen carefully to your {feedback|concerns|customers}",
  },
  examples = {
    flag = {
      "Let me explain this again slowly.",
      "Let me spell it out.",
      "I'll say it one more time.",
      "Read carefully, the refund is partial.",
      "Try to keep up.",
    },
    pass = {
      "Let me explain what happened with your order.",
      "Please read the terms carefully before signing.",
      "We try to understand what went wrong each time.",
      "We pay attention to the details in every order.",
    },
  },
}

tact.rule {
  id = "condescension.with-all-due-respect", severity = "warning",
  message = "'With all due respect' and 'no offence, but' announce the opposite; don't talk down.",
  rationale = [[
"With all due respect", "no offence, but" and "don't take this the wrong
way" warn the reader that something disrespectful is coming, and everyone
knows it. They make what follows sharper, not softer. Drop the preface;
acknowledge their point and, if you disagree, join your answer with "and".]],
  phrases = {
    "with (all) due respect (,)",
    "with the ({greatest|utmost|greatest of|deepest}) respect (,)",
    "{no offence|no offense|not to be rude|not to be funny|not to be harsh} (,) (but)",
    "{don't} take this the wrong way (,) (but)",
    "I {don't} mean to be {rude|harsh|blunt|difficult|funny|unkind|condescending} (,) (but)",
    "I'm not trying to be {rude|harsh|difficult|funny|condescending|patronising|patronizing} (,) (but)",
    "I hate to {say|tell you|break it to you|be the one to tell you} ({this|it}) (,) (but)",
    "{quite|to be} (perfectly) frank (,)",
    "quite frankly (,)",
    "frankly speaking (,)",
    "with respect (,) {you|your|that|this|I|the|it}",
    "respectfully (,) {you|your|that|this|I|the|it}",
  },
  suggest = { "I understand your point, and", "I hear you, and" },
  unless = {
    "with (all) due respect to {our|the|your} {staff|team|colleagues|partners|supplier|courier}",
    "with respect to",
  },
  examples = {
    flag = {
      "With all due respect, that is not what happened.",
      "No offence, but the manual covers this.",
      "Don't take this the wrong way, but the order was late because of the address.",
      "Quite frankly, we expected you to check.",
    },
    pass = {
      "With respect to your refund, it was issued today.",
      "We treat every customer with respect and care.",
      "I respect your decision and have cancelled the order.",
    },
  },
}

tact.rule {
  id = "condescension.as-anyone-knows", severity = "warning",
  message = "'As anyone knows' implies the customer should have known; don't talk down, just give the information.",
  rationale = [[
"As anyone knows", "any reasonable person would" and "most people manage
this" compare the customer with an imagined crowd that gets it right, which
makes them the odd one out and talks down to them. Give the information as
information ("For context, refunds take five days"), without the comparison.]],
  phrases = {
    "as {anyone|everyone|everybody|anybody|most people|any customer|most customers|any reasonable person|any adult} {knows|can see|would know|can tell|should know|understands|is aware|will tell you|can understand} (,)",
    "{everyone|everybody|anyone|anybody|any fool|any idiot} knows ({that|,})",
    "{it is|it's} common knowledge ({that|,})",
    "any {reasonable|sensible|rational|normal|intelligent|competent|careful} {person|customer|adult|human|human being|user|buyer} {would|could|can|should|knows|understands|would know|would have}",
    "most people {understand|know|manage|figure out|get|can work out|have no trouble|have no problem}",
    "{most|other|our other|all our other|most of our} {customers|users|clients} {manage|can manage|understand|figure it out|figure this out|work it out|have no trouble|have no problem|cope|get it right|do this} ",
    "{anyone|anybody} {could|can|would} {see|tell|understand|figure out|work out} {that|this}",
    "{it's|it is} {not|hardly} {that|very} {hard|difficult} to {understand|figure out|work out|grasp}",
  },
  suggest = { "For context,", "It may help to know that" },
  unless = {
    "as {everyone|anyone} {here|on our team|in the team|at the shop} knows",
    "{everyone|anyone} knows {your|you} {by name|well}",
    "most people {understand|know|get} {this|it} wrong",
    "most people {find|get} {this|it} confusing",
  },
  examples = {
    flag = {
      "As anyone knows, refunds take five days.",
      "Everyone knows that sale items can't be returned.",
      "Any reasonable person would read the label first.",
      "Most people manage the set-up in five minutes.",
    },
    pass = {
      "Most people get this wrong, so you're in good company.",
      "Everyone knows you by name at the shop, and they miss you.",
      "Anyone on our team can help you with this.",
    },
  },
}

tact.rule {
  id = "condescension.you-dont-understand", severity = "warning",
  message = "Telling the customer they don't understand talks down to them; own the explanation instead.",
  rationale = [[
"You don't understand", "you're missing the point" and "that's irrelevant"
put a failed explanation down to the customer. Whatever the cause, they took
away something different from what we meant, and we are the ones writing.
Own the explanation ("I may not have explained this clearly") and try again
another way.]],
  phrases = {
    "you {don't|just don't|simply don't|clearly don't|obviously don't|still don't} {understand|get it|get that|seem to understand|seem to get it|seem to realise|seem to realize|grasp|see the point|realise|realize}",
    "you {fail|failed} to {understand|grasp|see|realise|realize|appreciate}",
    "you {are} not {understanding|getting it|grasping|following}",
    "you {are} ({completely|totally|clearly|rather|really}) missing the point",
    "you {missed|have missed} the point",
    "what you {don't|fail to|need to} {understand|realise|realize|grasp|get} is",
    "I don't think you {understand|realise|realize|get it|appreciate}",
    "you {need|have|must} to understand ({that|,})",
    "you {need|have|must} to realise ({that|,})",
    "you {need|have|must} to realize ({that|,})",
    "{do|can} you not {understand|see|read}",
    "{that|this} is ({entirely|completely|totally|quite}) beside the point",
    "{that is|that's|this is} ({completely|totally|entirely}) irrelevant",
  },
  suggest = { "I may not have explained this clearly:", "Let me explain it another way:" },
  unless = {
    "{if|when} you {don't} understand",
    "you {don't} {understand|get} {why|how} {this|it} happened",
    "I understand",
    "you {don't} need to understand",
  },
  examples = {
    flag = {
      "You don't seem to understand the policy.",
      "You need to understand that refunds take time.",
      "You're missing the point.",
      "What you fail to realise is that the fee is fixed.",
      "That's completely irrelevant.",
    },
    pass = {
      "If you don't understand any of the steps, just call us.",
      "You don't need to understand the technical side; we'll handle it.",
      "I understand why this is confusing.",
    },
  },
}

tact.rule {
  id = "condescension.do-you-understand", severity = "warning",
  message = "'Do you understand?' quizzes the customer; don't talk down, ask whether the answer helped.",
  rationale = [[
"Do you understand?", "is that clear?" and "are you following me?" test the
customer like a pupil and talk down to them. The question that actually
helps is whether the answer met their need. Ask "Does that help?" or invite
questions: "Let me know if any of this is unclear."]],
  phrases = {
    "do you understand ({now|me}) ?",
    "{is|was} {that|this} clear (enough) ({now|for you}) ?",
    "{does|did} that make sense to you ?",
    "(do you) get it (now) ?",
    "{are you|you} following ({me|along}) ?",
    "{are you|you} with me (so far) ?",
    "understood ?",
    "capisce ?",
    "capiche ?",
    "{is|was} that (so) hard (to understand) ?",
    "{I hope|hopefully} {this|that} is (now) clear (enough) (now) (for you) {.|!}",
    "{I hope|hopefully} {this|that} clears {it|things} up for you once and for all",
  },
  suggest = { "Does that help?", "Let me know if any of this is unclear." },
  unless = {
    "do you understand {why|how|what|which}",
  },
  examples = {
    flag = {
      "Do you understand?",
      "Is that clear now?",
      "Are you following me?",
      "I hope this is clear enough now.",
    },
    pass = {
      "Do you understand why the second charge appeared, or shall I check?",
      "Is that date clear on your invoice too?",
      "I hope this helps, and let me know if anything is unclear.",
    },
  },
}

tact.rule {
  id = "condescension.i-think-you-mean", severity = "info",
  message = "Correcting what the customer 'meant' can sound superior; don't talk down, check your understanding instead.",
  rationale = [[
"I think you mean" and "what you're trying to say is" correct the customer's
words for them, as if we knew their mind better than they do, which talks
down to them. Checking what they meant is good; the framing is what grates.
Ask instead: "Just to check I've understood: you mean the blue model?"]],
  phrases = {
    "I think you mean",
    "I think what you {mean|meant|are trying to say|are asking} is",
    "what you {mean|meant|meant to say|are trying to say|really mean} is",
    "you {probably|must} mean",
    "you {meant|mean} to say",
    "I believe you {mean|meant}",
    "did you mean to say",
  },
  suggest = { "If I've understood correctly, you mean", "Just to check I've understood: you mean" },
  unless = {
    "you {probably|must} mean {well|it}",
  },
  examples = {
    flag = {
      "I think you mean the blue model.",
      "What you're trying to say is that the parcel was late.",
      "You probably mean order 4412.",
    },
    pass = {
      "I know you mean well, and I appreciate the tip.",
      "Could you tell me which order you mean?",
      "I mean to call you tomorrow with an update.",
    },
  },
}

tact.rule {
  id = "condescension.pet-names", severity = "warning",
  message = "Pet names like 'sweetie' or 'buddy' can sound patronising to a customer; don't talk down, use their name.",
  rationale = [[
"Sweetie", "buddy", "hun" and "young lady" may sound friendly in speech, but
in writing to a customer they read as patronising, and many people find them
belittling. The customer's own name is warmer and never wrong. Ordinary uses
such as honey the product or a "reading buddy" are not flagged.]],
  phrases = {
    "sweetie", "sweetheart", "sweetpea", "darling", "honey (,)", "hun", "hon", "young lady", "young man",
    "my dear", "buddy", "pal", "champ", "sunshine (,)", "missy", "little lady", "kiddo", "dearie", "ducky",
  },
  suggest = { "{name}" },
  unless = {
    "Darling Harbour", "{honey|manuka honey} {jar|jars|pot|pots|glaze|mustard|flavour|flavor}", "{a|the|our|your|tea|study|gym|reading} {buddy|pal}",
    "honey {is|was|will|has|from}", "{the|our|of|with|some|raw|local|organic|manuka|of the} honey",
    "{buddy|pal} {system|programme|program|scheme|app|seat|pass}", "sunshine {state|coast|yellow|cafe}",
    "{young man|young lady} {who|in|at|from|on|you} ", "{a|the|that|this|our|your} young {man|lady}",
    "my dear {colleague|colleagues|friend|friends}"
  },
  examples = {
    flag = {
      "Sweetie, the refund takes five days.",
      "Listen, buddy, the order has shipped.",
      "Calm down, young lady.",
    },
    pass = {
      "Our manuka honey is back in stock.",
      "The young man who delivered your parcel has been spoken to.",
      "We paired you with a reading buddy for the course.",
      "You can pay with PayPal at checkout.",
    },
  },
}

tact.rule {
  id = "condescension.you-people", severity = "warning",
  message = "'You people' lumps the customer into a group and talks down to them; speak to them directly.",
  rationale = [[
"You people", "people like you" and "typical customer" put the customer in a
group and judge the group, so they feel talked down to, as a type rather
than a person. Speak to them directly, with "you", about their own case.]],
  phrases = {
    "you people",
    "people like you",
    "your sort",
    "you lot",
    "you {customers|users|clients|guys|types}",
    "{customers|users|people} like you {always|never|think|expect|seem|tend|want}",
    "{typical|classic} {customer|user}",
  },
  suggest = { "you" },
  unless = {
    "{customers|people} like you {make|help|keep|are why|are the reason|inspire}",
    "{thank|thanks to} {people|customers} like you",
  },
  examples = {
    flag = {
      "You people never read the terms.",
      "People like you always want something for free.",
      "Typical customer, blaming the courier.",
    },
    pass = {
      "Customers like you make this job worthwhile.",
      "Thanks to people like you, we found the bug quickly.",
      "Many people ask about this, so you're not alone.",
    },
  },
}

tact.rule {
  id = "condescension.did-you-even", severity = "warning",
  message = "'Did you even…?' is a rhetorical jab that talks down to the customer; don't talk down, just ask.",
  rationale = [[
"Did you even read the manual?" and "have you actually tried…?" are not real
questions: "even", "actually" and "really" turn them into jabs that suggest
the customer hasn't made an effort. Dropping the word leaves an honest
question ("Did you read the manual?"), and often a gentler one is better
still: "Have you had a chance to try a restart?"]],
  when = { "even", "actually", "really" },
  regex = "\\b(?:did|do|does|have|has|had|are|were|is|was|can|could|will|would)\\s+you\\s+(?<hit>even|actually|really)\\s+(?!out\\b|up\\b|if\\b|though\\b|so\\b|when\\b|more\\b|need\\b|want\\b|like\\b|mean\\b)\\w[^?]*\\?",
  suggest = { "" },
  examples = {
    flag = {
      "Did you even read the manual?",
      "Have you even tried restarting it?",
      "Did you actually check the spam folder?",
      "Do you really think that's fair?",
    },
    pass = {
      "Did you even out the edges with the sander first?",
      "Do you really need two licences? We can share one between you.",
      "Did you try the reset? Even if it didn't help, it tells us a lot.",
      "We really appreciate your patience.",
    },
  },
}

tact.rule {
  id = "condescension.is-there-a-reason", severity = "warning",
  message = "'Is there a reason you don't just…?' implies the answer is obvious; don't talk down, offer the step as a suggestion.",
  rationale = [[
"Is there a reason you don't just reinstall it?" wraps an instruction in a
question that implies the answer is obvious and the customer should have
thought of it. The "just" makes it sharper still. Offer the step as a
suggestion instead: "Would it help to reinstall it?"]],
  phrases = {
    "is there {a|any} reason (why) you {don't|didn't|can't|couldn't|won't|wouldn't|haven't} (just)",
    "{why|how come} you {don't|didn't|can't|couldn't|haven't} just",
  },
  suggest = { "Would it help to", "It might help to" },
  examples = {
    flag = {
      "Is there a reason you don't just reinstall it?",
      "Is there any reason why you didn't use the returns label?",
    },
    pass = {
      "Is there a reason for the return? It helps us improve.",
      "If there is a reason you can't come in, we can collect it.",
    },
  },
}
