-- document: checks that look at a whole reply rather than one sentence.
-- Tone guide principles 3, 4, 8, 9 and 10. They only speak up for replies
-- of some length that deal with a problem, so short notes stay quiet.
-- The good-news phrases they look for are the signals in signals.lua
-- (doc:signal("empathy"), "next-step", "thanks"), backed by a few words
-- of their own.

local function set(words)
  local t = {}
  for w in words:gmatch("%S+") do t[w] = true end
  return t
end

-- Words that show the reply is about something that went wrong: strong
-- ones count two points, weak ones one; a reply needs two points.
local PROBLEM = set [[
  complaint complaints complain complained delayed late broken damaged faulty missing wrong error
  errors overcharged lost defective unhappy disappointed frustrated frustrating upset annoyed
  inconvenience mistake fault dissatisfied unacceptable crashed outage leak leaking scratched
  dented cracked crushed incorrect torn stained broke burned burnt died malfunction malfunctioned
  malfunctioning overheated overheating shattered spoiled expired
]]
local WEAK = set [[
  problem problems issue issues delay delays refund refunds refunded charged cancelled canceled
  failed waiting waited stuck crash twice never poor stopped working warranty replace replacement
  repair return returned complaint
]]

-- Words that acknowledge the customer's side (besides signal.empathy).
local ACK = set [[
  sorry apologise apologize apologies apology understand understandable frustrating frustration
  frustrated upsetting disappointing annoying imagine hear empathise empathize sympathise sympathize
]]

local THANKS = set [[ thank thanks thankful grateful appreciate appreciated appreciation ]]

local GREETING = set [[ hi hello dear hey good greetings morning afternoon evening ]]
local SIGNOFF = set [[ thanks thank regards best cheers sincerely yours kind warm warmest all talk speak ]]

-- The words of a set as a list (for `when`), and as a tact.words set,
-- which view:count() and view:find() match natively without reading a
-- list at every call or building token tables (documents can be long).
local function list(t)
  local l = {}
  for w in pairs(t) do l[#l + 1] = w end
  table.sort(l)
  return l
end
local function words(t) return tact.words(list(t)) end
local PROBLEM_SET, WEAK_SET = words(PROBLEM), words(WEAK)

-- Several rules ask the same questions of one document: the answers are
-- kept for it (views of the same document of one check compare equal).
-- Its fields are all made at once: a table that grows key by key is
-- resized each time.
local memo = {}
local function facts(doc)
  if memo.doc ~= doc then memo = { doc = doc, score = false, body = false, found = false } end
  return memo
end

-- These checks are about replies; a very long document is something else
-- (a policy, a transcript), so they have max_words = MAX_WORDS: the engine
-- does not call them on longer documents.
local MAX_WORDS = 2500

-- Every problem word: a reply about a problem holds one of them, so rules
-- about such replies need run only where one is (their `when`).
local PROBLEM_WORDS = list(PROBLEM)
for _, w in ipairs(list(WEAK)) do
  if not PROBLEM[w] then PROBLEM_WORDS[#PROBLEM_WORDS + 1] = w end
end

-- The sentences that carry the message, without the greeting line ("Hi
-- Sam,") and the sign-off ("Best regards, Alex"): a view, or nil.
local GREETING_SET, SIGNOFF_SET = words(GREETING), words(SIGNOFF)
local function body_of(doc)
  local m = facts(doc)
  if not m.found then m.body, m.found = doc:body(GREETING_SET, SIGNOFF_SET) or false, true end
  return m.body or nil
end

-- A reply about a problem, long enough to judge: true and its body. Two
-- points for a strong problem word, one for each different weak one; a
-- reply needs two.
local function complaint_reply(doc)
  local m = facts(doc)
  if not m.score then
    m.score = doc:count(PROBLEM_SET) > 0 and 2 or math.min(doc:distinct(WEAK_SET), 2)
  end
  if m.score < 2 then return false end
  local body = body_of(doc)
  return body ~= nil and body:sentence_count() >= 3, body
end

local THANKS_SET = words(THANKS)

-- `unless` of a check: the engine does not call it on a reply holding one
-- of the words, or where one of the signals matched.
local function unless(t, signals)
  local l = t and list(t) or {}
  l.signals = signals
  return l
end
local YOU_SET = tact.words { "you", "your", "yours" }

tact.rule {
  id = "document.no-empathy", scope = "document", severity = "info",
  message = "This reply to a problem never acknowledges how the customer feels; show empathy and name the feeling before solving.",
  rationale = [[
A customer who writes about a problem wants to know they were heard before
they read the fix. One sentence is enough: "I can see why this has been
frustrating", "No wonder you're upset after waiting a week".]],
  max_words = MAX_WORDS,
  -- a problem word, or "you" for the cold-reply branch below
  when = (function()
    local w = { "you", "your", "yours" }
    for _, p in ipairs(PROBLEM_WORDS) do w[#w + 1] = p end
    return w
  end)(),
  unless = unless(ACK, { "empathy" }),
  check = function(doc, report)
    local ok, body = complaint_reply(doc)
    if ok then
      local s = body:sentence(1)
      report { at = s, suggest = { "I can see why this has been frustrating. " .. s:text() } }
      return
    end
    -- Not visibly about a problem, but three or more sentences of bare facts
    -- with no acknowledgement and no thanks read as cold all the same.
    if doc:signal("thanks") > 0 or doc:count(THANKS_SET) > 0 or doc:count(YOU_SET) == 0 then
      return
    end
    body = body_of(doc)
    if body and body:sentence_count() >= 3 then
      local s = body:sentence(1)
      report { at = s, suggest = { "Thanks for getting in touch about this. " .. s:text() },
               message = "This reply is all facts, with no word of acknowledgement or thanks; show empathy before the details so the customer feels heard." }
    end
  end,
  examples = {
    flag = {
      "Hi Sam,\n\nYour parcel was delayed at the depot. The courier has now scanned it. It will arrive on Friday.\n\nBest,\nAlex",
      "The refund failed because the card had expired. We have issued it again to your new card. It takes three days.",
      "The order was dispatched on 3 March. The courier marked it as delivered at 14:02. The photo shows it at your door.",
    },
    pass = {
      "Hi Sam,\n\nI'm sorry your parcel was delayed at the depot. The courier has now scanned it. It will arrive on Friday.\n\nBest,\nAlex",
      "I can see why this has been frustrating. The refund failed because the card had expired. We have issued it again today.",
      "Your new card is on its way. It should arrive on Friday. Thanks for choosing us.",
    },
  },
}

-- Wording document.no-next-step also takes as a next step, in the body of
-- a reply; weight 0: the tone summary's next step is signal.next-step.
tact.rule {
  id = "signal.next-step-words", signal = true,
  rationale = [[
Never reported and worth no score: a promise or a time in the body of a
reply ("I'll call the courier", "today", "next steps", "please reply with")
that document.no-next-step takes as a next step even where
signal.next-step's fuller phrases do not match.]],
  phrases = {
    "{i|we} {will|shall}", "{i|we} am going", "next {step|steps}", "{tomorrow|today|tonight}",
    "please {reply|send|call|click|confirm|let}",
  },
  unless = { "{i|we} {will|shall} not" },
}

tact.rule {
  id = "document.no-next-step", scope = "document", severity = "info",
  message = "This reply to a problem doesn't say what happens next; come with a solution and a next step, by when, and who owns it.",
  rationale = [[
Explanations are useful, but the customer's real question is "what now?".
Close with the next step, a date and an owner: "I'll call the courier today
and e-mail you by 5 pm with the new delivery date."]],
  max_words = MAX_WORDS, when = PROBLEM_WORDS, unless = unless(nil, { "next-step" }),
  check = function(doc, report)
    local ok, body = complaint_reply(doc)
    if not ok then return end
    -- "I will", "we'll", a day or "within 3 days" in the body count as a
    -- next step too (signal.next-step-words, above)
    if body:signal("next-step-words") > 0 then return end
    for _, s in ipairs(body:sentences("within")) do
      local w = s:norms()
      for i = 1, #w - 1 do
        if w[i] == "within" and s:token(i + 1).kind == "number" then return end
      end
    end
    local s = body:sentence(-1)
    local text = s:text()
    report { at = s, suggest = { text .. " Here's what happens next: {next step}, by {date}." } }
  end,
  examples = {
    flag = {
      "I'm sorry your order arrived damaged. The box was crushed in transit. The courier has confirmed the problem.",
      "Hi Jo,\n\nI understand the delay has been frustrating. The part was missing from our warehouse. These things are rare.\n\nBest,\nSam",
      "I'm sorry your order arrived damaged. The box was crushed in transit. We will not replace opened items.",
    },
    pass = {
      "I'm sorry your order arrived damaged. The box was crushed in transit. I'll send a replacement today.",
      "I understand the delay has been frustrating. The part was missing from our warehouse. We will ship it on Monday.",
      "I'm sorry your order arrived damaged. The box was crushed in transit. The refund reaches your card within 5 days.",
      "Thanks for your order. It is on its way. Enjoy!",
    },
  },
}

tact.rule {
  id = "document.no-thanks", scope = "document", severity = "info",
  message = "This reply to a problem never thanks the customer for raising it; a complaint is information we would otherwise not get.",
  rationale = [[
A complaint tells us something we would otherwise not learn: a faulty batch,
a confusing page, a courier cutting corners. Thanking the customer for
raising it recognises that, and turns the tone from defence to working
together. The check speaks up only on replies about a problem, and one
sentence is enough: "Thank you for letting us know about this."]],
  max_words = MAX_WORDS, when = PROBLEM_WORDS, unless = unless(THANKS, { "thanks" }),
  check = function(doc, report)
    local ok, body = complaint_reply(doc)
    if not ok then return end
    local s = body:sentence(1)
    report { at = s, suggest = { "Thank you for letting us know about this. " .. s:text() } }
  end,
  examples = {
    flag = {
      "I'm sorry your order arrived damaged. The box was crushed in transit. I'll send a replacement today.",
      "Hi Jo,\n\nI understand the delay was frustrating. The part was missing from our warehouse. We will ship it on Monday.\n\nBest,\nSam",
    },
    pass = {
      "Thank you for letting us know. I'm sorry your order arrived damaged. I'll send a replacement today.",
      "I appreciate you flagging this. The refund failed because the card expired. I've issued it again.",
      "Your order is on its way. It will arrive on Friday. Enjoy it.",
    },
  },
}

-- "you" in an accusing position, counted by document.you-heavy (weight 0:
-- not a matter of the summary's score).
tact.rule {
  id = "signal.you-accusing", signal = true,
  rationale = [[
Never reported and worth no score: "you" in an accusing position ("you
failed", "you were told", "you should have", "your fault"). document.you-heavy
counts these against the reply's "we", "us" and "let's".]],
  phrases = {
    "you {need|must|failed|fail|forgot|forget|never|ignored|missed|refused|chose|misunderstood|misread"
      .. "|claimed|claim|said|say|insisted|agreed|signed}",
    "you {are|were} {wrong|mistaken|confused|responsible|required|supposed|expected|obliged|liable"
      .. "|told|warned|informed|advised|not}",
    "you {did|have|had} {not|to|been|failed|already|never}",
    "you should {have|not|know|read|check}",
    "your {fault|mistake|error|problem|responsibility|negligence}",
  },
}

-- Team words ("let's" is two tokens, "let" and "'s": counted below).
local TEAM = set [[ we us our ours ourselves together ]]
local TEAM_SET = words(TEAM)

tact.rule {
  id = "document.you-heavy", scope = "document", severity = "info",
  message = "This reply keeps pointing at 'you' and rarely says 'we'; put yourselves on the same side with 'we', 'let's' and 'together'.",
  rationale = [[
When "you should", "you need to", "you failed" and "you were told" outnumber
"we", "let's" and "together", the reply reads as one side lecturing the
other, even if each sentence is polite on its own. Turn a few of them into
shared steps ("we'll need the signed form", "let's get this sorted") so that
you and the customer are on the same side.]],
  max_words = MAX_WORDS, when = { signals = { "you-accusing" } },
  check = function(doc, report)
    -- the phrases of signal.you-accusing count the accusing "you"s; team
    -- words are counted natively, and only "let us" / "let's" need words
    local accusing = doc:signal("you-accusing")
    if accusing < 3 then return end
    local team = doc:count(TEAM_SET)
    for _, s in ipairs(doc:sentences("let")) do
      local w = s:norms()
      for i = 1, #w do
        local n = w[i]
        if n == "let" and (w[i + 1] == "us" or w[i + 1] == "'s") then team = team + 1 end
      end
    end
    if accusing > team then
      local first
      for _, s in ipairs(doc:sentences(YOU_SET)) do
        if s:signal("you-accusing") > 0 then first = s break end
      end
      report { at = first,
               message = ("This reply points at 'you' %d times and says 'we' or 'let's' %d times; put yourselves on the same side with 'we', 'let's' and 'together'."):format(accusing, team) }
    end
  end,
  examples = {
    flag = {
      "You should have read the terms. You need to send the form. You failed to sign it. You were told about the fee.",
      "You must return the item. You need to pay the postage. You didn't include the receipt.",
    },
    pass = {
      "You should see the credit on Friday. We've sent the form. Let's get this sorted together.",
      "You need to sign the form, and we'll handle the rest. We can collect it on Monday. Our driver will call first.",
      "Thanks for your order. It ships today.",
    },
  },
}

-- Point-by-point rebuttals: numbered or bulleted lines, or sentences that
-- answer the customer's claims one by one.
local OPENERS = {
  { "firstly" }, { "secondly" }, { "thirdly" }, { "fourthly" }, { "lastly" }, { "finally" },
  { "first", "," }, { "second", "," }, { "third", "," },
  { "regarding" }, { "as", "for" }, { "with", "regard", "to" }, { "in", "response", "to" },
  { "you", "say" }, { "you", "said" }, { "you", "claim" }, { "you", "claimed" }, { "you", "state" },
  { "you", "stated" }, { "you", "mention" }, { "you", "mentioned" }, { "you", "also" }, { "your", "claim" },
  { "your", "point" }, { "your", "statement" }, { "your", "assertion" }, { "your", "allegation" },
  { "on", "your", "point" }, { "concerning" }, { "in", "regard", "to" }, { "point" },
}

-- Every opener as a phrase, wherever it stands: a reply with fewer than
-- three of them anywhere cannot open three sentences with one, so
-- document.rebuttal reads its sentences only past that count.
local OPENER_PHRASES = {}
for _, seq in ipairs(OPENERS) do OPENER_PHRASES[#OPENER_PHRASES + 1] = table.concat(seq, " ") end
tact.rule {
  id = "signal.rebuttal-openers", signal = true,
  rationale = [[
Never reported and worth no score: the words that open a point-by-point
answer ("You say", "Regarding", "Secondly"), wherever they stand, for
document.rebuttal to count before it reads each sentence.]],
  phrases = OPENER_PHRASES,
}

local REBUT = set [[ not incorrect however actually fact contrary disagree untrue false wrong but inaccurate
  nonsense misunderstood mistaken clearly ]]

local REBUT_LIST, REBUT_SET = list(REBUT), words(REBUT)

-- 1 when the words w hold seq from position k on.
local function starts_with(w, k, seq)
  for i, x in ipairs(seq) do
    if w[k + i - 1] ~= x then return false end
  end
  return true
end

-- Sentences that open by answering a point ("You say…", "Regarding…").
local function count_openers(doc)
  local openers = 0
  for _, s in ipairs(doc:sentences()) do
    -- skip a list marker such as "1." or "-"
    local k, t = 1, s:token(1)
    while t and (t.kind == "number" or t.kind == "punct") do k = k + 1; t = s:token(k) end
    local w = s:norms()
    for _, seq in ipairs(OPENERS) do
      if starts_with(w, k, seq) then openers = openers + 1 break end
    end
  end
  return openers
end

tact.rule {
  id = "document.rebuttal", scope = "document", severity = "warning",
  message = "A long point-by-point rebuttal escalates in writing; don't argue in writing, suggest a call and recap the agreement afterwards.",
  rationale = [[
Answering each of the customer's points in turn turns a reply into a debate,
and written debates harden positions. Offer a call instead; once you agree,
send a short written recap of what was agreed.]],
  min_words = 100, max_words = MAX_WORDS, when = REBUT_LIST,
  check = function(doc, report)
    local rebut = doc:count(REBUT_SET) -- needed below; cheap, so first
    if rebut < 3 then return end
    local items = 0
    for line in (doc:text() .. "\n"):gmatch("([^\n]*)\n") do
      if line:match("^%s*%d+[%.%)]%s") or line:match("^%s*[%-%*]%s") or line:match("^%s*\u{2022}") then
        items = items + 1
      end
    end
    if items >= 3 or (doc:signal("rebuttal-openers") >= 3 and count_openers(doc) >= 3) then
      local body = body_of(doc)
      local s = body and body:sentence(1) or doc:sentence(1)
      if not s then return end
      report { at = s, suggest = { "Would a quick call help us sort this out? I'm free {times}. " .. s:text() } }
    end
  end,
  examples = {
    flag = {
      [[Hi Sam,

Thanks for your email. I have gone through your points below.

1. You say the parcel never arrived. However, the tracking shows it was delivered on Monday at 10:14 and signed for.
2. You claim we promised next-day delivery. This is not correct; the order page clearly shows three to five days.
3. You state the item was damaged. In fact, the photos you sent show no damage to the box at all.
4. Regarding the refund, the terms do not allow refunds on opened items, and this was stated on the checkout page.

I hope this clarifies our position on each of the points you raised in your last two messages to our team.

Regards,
Alex]],
      [[You say that the engineer never turned up on Tuesday. This is not correct: our records show he arrived at 10:05 and left a card because nobody answered.
You claim that you were promised a free replacement. However, the warranty clearly covers repairs only, not replacements, and this is stated in the booklet.
You also state that the fault appeared in the first week. In fact, the first report we have from you is dated six weeks after delivery, which is outside the early-fault period.
Finally, regarding compensation, we do not offer payments for time spent waiting at home, as this is not part of our service terms.]],
    },
    pass = {
      [[Hi Sam,

Thanks for your email, and I'm sorry this has dragged on. Here is where things stand:

1. The parcel shows as delivered on Monday, so I've opened a trace with the courier.
2. I've asked the warehouse to check the packing photos.
3. Your refund for the shipping has been issued today.

I'll call you on Thursday with the courier's answer.

Best,
Alex]],
      "Thanks for writing. Your refund is on its way.",
    },
  },
}
