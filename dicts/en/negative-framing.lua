-- negative-framing: leading with what we can't do instead of what we can.
-- Tone guide principles 5 and 8: say what you *can* do, and come with a
-- solution and a next step.

tact.rule {
  id = "negative-framing.regret-to-inform", severity = "warning",
  message = "'We regret to inform you' is a cold, formulaic opener; come with a solution and say it plainly.",
  rationale = [[
"We regret to inform you" and "please be advised" are form-letter openers:
they sound cold, offer no solution, and brace the customer for bad news
before they have read it. Give the news plainly, in a person's voice ("I
wanted to let you know that…"), and follow it with what you can do.]],
  phrases = {
    "{we|I} regret to {inform|tell|advise|notify|let} you (that)",
    "{we|I} {are|am} sorry to {inform|advise|notify} you (that)",
    "{I'm|we're} afraid to {inform|tell|advise} you (that)",
    "it is with ({great|deep}) regret that {we|I} (must) {inform|tell|advise|notify} you (that)",
    "{we|I} ({must|have to}) {regretfully|unfortunately|sadly} {inform|advise|notify} you (that)",
    "{unfortunately|sadly|regrettably} (,) {we|I} ({must|have to|need to}) {inform|advise|notify} you (that)",
    "{we|I} must {inform|advise|notify} you (that)",
    "please be advised (that)",
    "{you are} hereby {notified|advised|informed} (that)",
  },
  suggest = { "I wanted to let you know that", "Just so you know," },
  unless = {
    "{we|I} must {inform|advise|notify} you {of|about} {the|a|your} {good news|refund|upgrade|discount}",
  },
  examples = {
    flag = {
      "We regret to inform you that the item is out of stock.",
      "I'm afraid to tell you the offer has ended.",
      "Please be advised that the store closes at six.",
      "Unfortunately, we must inform you that your order was cancelled.",
    },
    pass = {
      "I wanted to let you know that your parcel has shipped.",
      "We regret the delay and have refunded the postage.",
      "I'm afraid of getting this wrong, so I've asked a colleague to check.",
    },
  },
}

-- "We can't refund this." with no alternative in the same or the next
-- sentence. A paragraph-scope check function, so that it can look ahead.
do
  local NOT_UNABLE = tact.words { "not", "unable" } -- the rule's `when`
  local NEG = {
    -- sequences of normalized words after "I"/"we", longest first
    { "am", "not", "able", "to" }, { "are", "not", "able", "to" },
    { "will", "not", "be", "able", "to" }, { "would", "not", "be", "able", "to" },
    { "are", "not", "in", "a", "position", "to" }, { "am", "not", "in", "a", "position", "to" },
    { "am", "unable", "to" }, { "are", "unable", "to" }, { "will", "be", "unable", "to" },
    { "can", "not" }, { "could", "not" }, { "do", "not" }, { "will", "not" },
  }
  local VERB = {}
  for v in ([[refund refunds give offer provide do help change accept process send issue allow
    approve cancel extend waive replace exchange return ship deliver guarantee promise honor honour
    reverse override grant authorize authorise reimburse compensate discount upgrade downgrade reactivate
    restore transfer expedite arrange book reschedule move repair fix reopen release unlock remove
    supply sell stock price match credit pay cover support]]):gmatch("%S+") do VERB[v] = true end
  local LEAD = { unfortunately = true, sadly = true, regrettably = true }

  local function alternative_after(ws, k)
    -- Is an alternative offered from word k of ws (a sentence's norms()) on?
    -- Looks for "instead", "alternatively", "option", "happy to", "here's",
    -- or I/we + can/will/'ll not followed by "not".
    for i = k, #ws do
      local w = ws[i]
      if w == "instead" or w == "alternatively" or w == "option" or w == "options" or w == "happy"
        or w == "glad" or w == "however" or w == "but" or w == "what" then
        return true
      end
      local before = ws[i - 1]
      if (w == "i" or w == "we" or w == "you") and ws[i + 1]
         and before ~= "nothing" and before ~= "anything" and before ~= "not" and before ~= "little" then
        local m = ws[i + 1]
        local after = ws[i + 2]
        if (m == "can" or m == "will" or m == "could" or m == "would")
           and after ~= "not" and after ~= "unable" then
          return true
        end
      end
      if w == "here" and (ws[i + 1] == "is" or ws[i + 1] == "'s" or ws[i + 1] == "are") then
        return true
      end
    end
    return false
  end

  tact.rule {
    id = "negative-framing.cant-without-alternative", scope = "paragraph", severity = "info",
    -- "I" or "we" and the start of every NEG sequence
    when = { phrases = {
      "{i|we} {am|are|will|would|can|could|do} not", "{i|we} {am|are} unable", "{i|we} will be unable",
    } },
    message = "Leading with what you can't do, with no alternative in sight, feels like a closed door; say what you *can* do.",
    rationale = [[
A refusal lands better when the next words are an option: "We can't refund
opened items, but we can exchange it for another size." This rule stays
quiet when the same or the next sentence offers something.]],
    check = function(p, report)
      local sents = p:sentences()
      for si, s in ipairs(sents) do
        local ws = s:count(NOT_UNABLE) > 0 and s:norms() or {} -- as `when`
        for i = 1, #ws do
          local n = ws[i]
          if n == "i" or n == "we" then
            local prevw = ws[i - 1]
            -- skip conditionals and questions about the negative
            local cond = prevw == "if" or prevw == "when" or prevw == "unless" or prevw == "that" or prevw == "why"
            local matched = nil
            for _, seq in ipairs(NEG) do
              local ok = true
              for k, w in ipairs(seq) do
                if ws[i + k] ~= w then ok = false break end
              end
              if ok then matched = seq break end
            end
            if matched and not cond then
              local vi = i + #matched + 1
              -- allow one adverb between: "we can't currently offer"
              if ws[vi] and not VERB[ws[vi]] and VERB[ws[vi + 1] or ""] and ws[vi]:match("ly$") then
                vi = vi + 1
              end
              if VERB[ws[vi] or ""] then
                local alt = alternative_after(ws, vi + 1)
                if not alt and sents[si + 1] then alt = alternative_after(sents[si + 1]:norms(), 1) end
                if not alt then
                  -- start at "Unfortunately," / "I'm afraid" when they lead in
                  local from = i
                  local j = i - 1
                  if ws[j] == "," then j = j - 1 end
                  if LEAD[ws[j] or ""] then from = j
                  elseif ws[j] == "afraid" and ws[j - 1] == "am" and ws[j - 2] == "i" then
                    from = j - 2
                  end
                  local we = n == "we"
                  local neg = (matched[1] == "do" or matched[1] == "will") and matched[1] or "can"
                  local P, p = we and "We" or "I", we and "we" or "I"
                  local sug
                  if neg == "do" then
                    sug = { P .. " can {alternative}, but " .. p .. " don't" }
                  elseif neg == "will" then
                    sug = { P .. " can {alternative}, but " .. p .. " won't" }
                  else
                    sug = { P .. " can {alternative}, but " .. p .. " can't" }
                  end
                  report { at = { s:token(from).from, s:token(vi - 1).to }, suggest = sug }
                end
              end
            end
          end
        end
      end
    end,
    examples = {
      flag = {
        "Unfortunately, we can't refund opened items.",
        "We are unable to offer a discount on this order.",
        "I'm afraid I can't change the delivery date. Thanks for your patience.",
        "We don't ship to Norway.",
      },
      pass = {
        "We can't refund opened items, but we can exchange it for another size.",
        "We can't refund opened items. Instead, I've sent you a voucher for the full amount.",
        "If we can't deliver on Friday, I'll call you.",
        "I can't wait to hear how you like it.",
        "We don't charge for returns.",
      },
    },
  }

  -- Impersonal refusals: "Orders cannot be changed once placed", "It is not
  -- possible to…", "There is no way to…", "You can't return items after…",
  -- "You won't get your money back until…". The suggestion turns the
  -- sentence round to what *is* possible, with a placeholder for the
  -- condition.
  local NOT_NO = tact.words { "not", "no" } -- the rule's `when`
  local PASSIVE_NEG = { { "can", "not", "be" }, { "will", "not", "be" }, { "could", "not", "be" },
    { "is", "not", "able", "to", "be" }, { "are", "not", "able", "to", "be" } }
  local PASSIVE_FIRST = {} -- the words a PASSIVE_NEG sequence starts with
  for _, seq in ipairs(PASSIVE_NEG) do PASSIVE_FIRST[seq[1]] = true end
  local YOU_VERB = {}
  for v in ([[return change cancel get use speak talk exchange claim book order access swap
    upgrade downgrade transfer combine extend pause reopen collect apply]]):gmatch("%S+") do YOU_VERB[v] = true end

  local function seq_at(ws, i, seq)
    for k, w in ipairs(seq) do
      if ws[i + k - 1] ~= w then return false end
    end
    return true
  end

  tact.rule {
    id = "negative-framing.cannot-be", scope = "paragraph", severity = "info",
    -- the start of every construction the check reads
    when = { phrases = {
      "{can|will|could} not be", "{is|are} not able to be", "it is not possible to", "there is no way to",
      "you {can not|are not able to}", "will not *7 {until|till}",
    } },
    message = "An impersonal 'cannot be' or 'not possible' tells the customer only what is closed to them; say what you *can* do.",
    rationale = [[
"Orders cannot be changed once placed" and "Orders can be changed until they
ship" state the same rule; the second tells the customer what to do. The
suggestion turns the sentence round and leaves the condition for you to fill
in. The rule stays quiet when the same or the next sentence offers an
alternative.]],
    check = function(p, report)
      local sents = p:sentences()
      for si, s in ipairs(sents) do
        local ws = s:count(NOT_NO) > 0 and s:norms() or {} -- as `when`
        local function alt_from(k)
          if alternative_after(ws, k) then return true end
          return sents[si + 1] ~= nil and alternative_after(sents[si + 1]:norms(), 1)
        end
        for i = 1, #ws do
          local n = ws[i]
          local prev = ws[i - 1]
          local cond = prev == "if" or prev == "when" or prev == "unless" or prev == "that" or prev == "why" or prev == "so"
          -- "X cannot be changed" -> "X can be changed {when}, but not"
          for _, seq in ipairs(PASSIVE_FIRST[n] and not cond and PASSIVE_NEG or {}) do
            if seq_at(ws, i, seq) then
              local w = ws[i + #seq]
              local pp = w and (w:match("ed$") or w:match("en$") or w == "made"
                  or w == "sent" or w == "paid" or w == "kept" or w == "sold" or w == "held"
                  or w == "done" or w == "shown" or w == "given" or w == "taken" or w == "read")
                  and s:token(i + #seq)
              if pp and pp.kind == "word" then
                if not alt_from(i + #seq + 1) then
                  local modal = (seq[1] == "will") and "will" or "can"
                  report { at = { s:token(i).from, pp.to },
                           suggest = { modal .. " be " .. pp.text .. " {when}, but not", modal .. " be " .. pp.text .. " {when}" } }
                end
              end
              break
            end
          end
          -- "It is not possible to…" / "There is no way to…"
          if n == "it" and seq_at(ws, i + 1, { "is", "not", "possible", "to" }) and not cond then
            if not alt_from(i + 5) then
              report { at = { s:token(i).from, s:token(i + 4).to }, suggest = { "It is possible to {alternative}, but not to" } }
            end
          elseif n == "there" and seq_at(ws, i + 1, { "is", "no", "way", "to" }) and not cond then
            if not alt_from(i + 5) then
              report { at = { s:token(i).from, s:token(i + 4).to }, suggest = { "We can {alternative}, but there's no way to" } }
            end
          end
          -- "You can't return…" / "You won't be able to…"
          if n == "you" and not cond then
            local m = nil
            if seq_at(ws, i + 1, { "can", "not" }) then m = 2
            elseif seq_at(ws, i + 1, { "are", "not", "able", "to" }) then m = 4
            elseif seq_at(ws, i + 1, { "will", "not", "be", "able", "to" }) then m = 5 end
            local v = m and ws[i + m + 1]
            if v and YOU_VERB[v] and not alt_from(i + m + 2) then
              report { at = { s:token(i).from, s:token(i + m).to }, suggest = { "You can {alternative}, but you can't" } }
            end
          end
          -- "won't … until" -> "will … once"
          if n == "will" and ws[i + 1] == "not" and not cond then
            for k = i + 2, math.min(#ws, i + 9) do
              local u = s:token(k)
              if u.kind ~= "word" then break end
              if u.norm == "until" or u.norm == "till" then
                local text = s:text()
                local mid = text:sub(s:token(i + 1).to - s.from + 2, u.from - s.from)
                report { at = { s:token(i).from, u.to }, suggest = { "will" .. mid .. "once", "will" .. mid .. "as soon as" } }
                break
              end
            end
          end
        end
      end
    end,
    examples = {
      flag = {
        "Orders cannot be changed once placed.",
        "It is not possible to speak to a manager.",
        "There is no way to recover the deleted files.",
        "You can't return items after 30 days.",
        "You won't get your money back until we've inspected the item.",
      },
      pass = {
        "Orders cannot be changed once placed, but you can cancel within an hour and order again.",
        "You can't go wrong with the blue one.",
        "You won't need to print a label; the courier brings one.",
        "It won't take long, about five minutes.",
        "If it cannot be repaired, we will replace it.",
      },
    },
  }
end

tact.rule {
  id = "negative-framing.not-possible", severity = "info",
  message = "'That's not possible' closes the door; come with a solution and say what *is* possible.",
  rationale = [[
"That's not possible", "out of the question" and "no can do" end the
exchange on a no. The customer still has the problem, and now nowhere to
take it; a reply should come with a solution. Lead with what is possible
("What we can do is…"), even if it's a smaller step than they asked for.]],
  phrases = {
    "{that is|that's|this is} ({simply|just|unfortunately|sadly}) {not possible|impossible|not an option|out of the question|not something we {do|offer|can do|can offer|allow}|not doable|not going to happen|a non-starter}",
    "{it is|it's} ({simply|just|unfortunately|sadly}) {not possible|impossible|out of the question|not an option|not going to happen} {.|!}",
    "{there is|there's} no way {that|we can|I can|we could|I could|this can|that can} ({happen|work})",
    "no can do",
    "{not|no} a chance",
  },
  suggest = { "Here's what is possible: {option}", "What we can do is {option}" },
  unless = {
    "{that is|that's|this is} not possible {to|for|without|with|on|in|yet|until} ",
    "no way {that|we can} {would|could} {charge|bill|ask} you",
  },
  examples = {
    flag = {
      "That's not possible.",
      "That is out of the question.",
      "It's simply not an option.",
      "No can do.",
    },
    pass = {
      "That's not possible to do online, so I've done it for you.",
      "Next-day delivery is possible for most postcodes.",
      "It's possible to change the size until the order ships.",
    },
  },
}

tact.rule {
  id = "negative-framing.cant-help", severity = "warning",
  message = "'We can't help with that' stops at the refusal; say what you *can* do, or who can.",
  rationale = [[
"We can't help you with that" stops at the refusal and leaves the customer
to start again somewhere else. There is almost always a next step: a person,
a team, a link or a partial answer. Say what it is, or hand over properly:
"Let me find someone who can help with this."]],
  phrases = {
    "{we|I} {can't|am unable to|are unable to|am not able to|are not able to|won't be able to} {help|assist} (you) (with {that|this|it|your request|this request|that request|this issue|that issue})",
    "{it is|it's|that is|that's|this is} not something {we|I} can {help|assist} (you) with",
    "{that is|that's|this is} not something {we|I} {deal with|handle|do}",
    "{we|I} {don't} {deal with|handle|do} {that|this|those|these} ({kind|sort|type}) (of) ({thing|things|request|requests|issue|issues})",
  },
  suggest = { "Let me find someone who can help with this", "The best people to help with this are {team}" },
  unless = {
    "{if|when|where|unless|whether} {we|I} {can't|am unable to|are unable to|am not able to|are not able to|won't be able to} {help|assist}",
    "{can't} help {but|noticing|thinking|wondering|feeling}",
    "{can't} help you {enough|more than|as much as}",
  },
  examples = {
    flag = {
      "We can't help you with that.",
      "That's not something we can help with.",
      "I'm unable to assist with this request.",
    },
    pass = {
      "I can't help noticing the order was placed twice, so I've cancelled the extra one.",
      "We can help with that today.",
      "If we can't assist, we'll tell you who can.",
    },
  },
}

tact.rule {
  id = "negative-framing.dont-know", severity = "warning",
  message = "'I don't know' leaves the customer with nothing; come with a solution and promise to find out.",
  rationale = [[
A bare "I don't know" or "no idea" leaves the customer with nothing and
suggests nobody will find out. Not knowing is fine; stopping there isn't,
because the customer needs a next step. Promise to find out and say when:
"Let me find out, and I'll reply by tomorrow."]],
  phrases = {
    "I {don't} know",
    "I have no idea",
    "I {haven't} (got) a clue",
    "{no|not a} clue",
    "beats me",
    "your guess is as good as mine",
    "{who|heaven|god|goodness} knows",
    "{I'm} not sure (,) {sorry|really}",
  },
  suggest = { "Let me find out", "I'll find out" },
  unless = {
    "I {don't} know {about you|how to thank|how grateful|if you've|if you|whether you}",
    "I {don't} know of any",
    "I don't know {what|which} you {mean|meant|are referring to}",
    "{if|in case|when|whether} I {don't} know",
    "who knows {how|what} {to|more}",
    "I {don't} know {yet|for certain|for sure} , {but|so} {I'll|I am|let}",
    "I have no idea how {grateful|glad|happy|pleased|thankful}",
  },
  examples = {
    flag = {
      "I don't know.",
      "I don't know when it will arrive.",
      "I have no idea why the charge appeared.",
      "Your guess is as good as mine.",
    },
    pass = {
      "I don't know yet, but I'll find out by Friday.",
      "I don't know how to thank you for the kind words.",
      "Let me know if you don't know your order number.",
    },
  },
}

tact.rule {
  id = "negative-framing.denied", severity = "info",
  message = "'Your request has been denied' sounds like a verdict; come with a solution and say what happens next.",
  rationale = [[
"Your request has been denied" and "your claim was rejected" sound like a
verdict handed down, with no way forward and no next step. A refusal may be
necessary, but it reads far better with a reason and an option. Say what
wasn't possible, why, and what you can do instead.]],
  phrases = {
    "{we|I} {have|'ve} ({had to}) {denied|rejected|refused|declined|turned down} your ({warranty|refund|return}) {request|claim|application|appeal|refund|return|order|booking}",
    "your {request|claim|application|appeal|refund request|refund|return request|return|complaint|order|booking|warranty claim} {has been|was|is|have been|were} {denied|rejected|refused|declined|disallowed|turned down|not approved|unsuccessful}",
    "{we|I} {have|'ve} (had to) {deny|denied|reject|rejected|refuse|refused|decline|declined|turn down|turned down} your {request|claim|application|appeal|refund|return|order|booking}",
  },
  suggest = { "we weren't able to approve your {request}, and here's what we can do: {option}" },
  unless = {
    "your {card|payment} {was|has been|is} declined",
  },
  examples = {
    flag = {
      "Your refund request has been denied.",
      "We have rejected your warranty claim.",
      "Your application was unsuccessful.",
    },
    pass = {
      "Your refund request has been approved.",
      "Your card was declined, so the order is on hold until you update it.",
      "We have accepted your return.",
    },
  },
}
