-- shouting: capitals and stacked punctuation raise the volume of a reply.
-- Tone guide principle 11, "Mind the volume".

-- Capitalised words that are names, not volume: acronyms, units, codes.
local ACRONYMS = {}
for w in ([[
  FAQ FAQS PDF PDFS USB HDMI UK US USA EU UN GB NHS BBC VAT GST HST PST IVA ISA IRS HMRC ID IDS PIN PINS
  SMS MMS OTP URL URLS HTML CSS JSON XML API APIS SDK CSV TXT DOC DOCX XLS XLSX PNG JPG JPEG GIF SVG MP3
  MP4 ZIP TV DVD CD LED LCD OLED HD UHD SSD HDD RAM CPU GPU PC PCS MAC IOS OS IT HR PR CEO CFO CTO COO VP
  CRM ERP SLA SLAS KPI KPIS ETA ETAS RMA RMAS SKU SKUS UPS DHL DPD FEDEX USPS TNT GLS EMS PO POS PDT EST
  EDT CST CDT MST MDT PST GMT BST CET CEST UTC AM PM OK OKAY ATM ASAP FYI RSVP PS NB TBC TBD NA N/A AKA
  DIY VIP AI VR AR IP VPN LAN WAN WIFI WI-FI DSL ISP DNS SSL TLS HTTP HTTPS FTP SSH NFC GPS SIM ESIM LTE
  5G 4G 3G AC DC UV EV EVS MOT AA RAC GDPR CCPA PCI DSS ISO CE UL FCC EAN UPC QR IBAN BIC SWIFT ACH BACS
  CHAPS SEPA APR AER LLC LTD PLC INC CO CORP GMBH AG SA BV NV ABN ACN EIN SSN DOB NI NINO ZIP PAYE
  IKEA NASA FIFA NATO LEGO ASOS BMW VW HP IBM AMD AWS GCP SAP SQL CMS WP CTA UI UX QA SEO PPC ROI B2B
  B2C SAAS MD DR MR MRS MS MX XL XXL XS XXS S M L RRP MSRP NYC LA SF DC TX CA NY FL UAE KSA NZ AU AUS
  CAD AUD USD GBP EUR JPY CHF SEK NOK DKK PLN INR CNY RMB HKD SGD ZAR BRL MXN
]]):gmatch("%S+") do ACRONYMS[w] = true end

-- Words whose capitals carry emphasis even alone ("Do NOT open the box").
local EMPHASIS = {}
for w in ([[
  NOT NEVER MUST ALWAYS NO YOU YOUR ALL NOW ONLY ANY EVER CANNOT WILL WONT CANT DONT DIDNT
  STOP PLEASE READ IMPORTANT URGENT AGAIN EVERY NOTHING NOBODY NONE DO DID HAVE HAS IS ARE
  WAS WERE SHOULD WHY WHAT WE OUR FINAL LAST WARNING BEFORE AFTER IMMEDIATELY TODAY STILL
]]):gmatch("%S+") do EMPHASIS[w] = true end

local function letters(s) return (s:gsub("[^%a]", "")) end

-- Lower-cases a span of text, keeping acronyms and the word "I".
local function soften(text)
  return (text:gsub("[%a][%a'\u{2019}%-]*", function(w)
    local up = letters(w):upper()
    if ACRONYMS[up] or w == "I" or w:match("^I['\u{2019}]") then return w end
    return w:lower()
  end))
end

tact.rule {
  id = "shouting.all-caps", severity = "warning",
  -- a word of two or more letters, all capitals: every run the check
  -- reports holds one (found in the phrase scan, where a regex would read
  -- every block's text)
  when = { phrases = { "[caps]" } }, case = true,
  message = "Words in capitals read as shouting; mind the volume and use normal case.",
  rationale = [[
A run of capitals, or a capitalised NOT or NEVER, raises the volume of the
whole reply. Acronyms (FAQ, PDF, UPS) are left alone. If a word needs weight,
put it at the start of the sentence or explain why it matters.]],
  check = function(s, report)
    local toks = s:tokens()
    local i, n = 1, #toks
    local text = s:text()
    while i <= n do
      local t = toks[i]
      -- a word in capitals starts with one (t.upper): most words do not,
      -- and their letters are never read
      local lt = t.kind == "word" and t.upper and letters(t.text) or ""
      if #lt >= 1 and lt == lt:upper() and lt ~= lt:lower() and (t.caps or #lt >= 2 or lt == "I" or lt == "A") then
        -- collect a run of upper-case words (contraction parts and
        -- commas/hyphens between words do not break it)
        local j = i
        local words, shouty, long, long6 = 0, 0, 0, 0
        local k = i
        while k <= n do
          local u = toks[k]
          local lu = u.kind == "word" and u.upper and letters(u.text) or ""
          if #lu >= 1 and lu == lu:upper() and lu ~= lu:lower() then
            words = words + 1
            local up = lu
            -- join "DON" + "'T" for the emphasis list
            if toks[k + 1] and toks[k + 1].kind == "word" and toks[k + 1].from == u.to + 1 then
              up = up .. letters(toks[k + 1].text):upper()
            end
            if not ACRONYMS[up] and not ACRONYMS[lu] then
              if EMPHASIS[up] or EMPHASIS[lu] then shouty = shouty + 1 end
              -- a long word with vowels is a word, not an unknown acronym
              local _, vowels = lu:gsub("[AEIOUY]", "")
              if #lu >= 5 and vowels >= 2 then long = long + 1 end
              if #lu >= 6 and vowels >= 2 then long6 = long6 + 1 end
            end
            j = k
            k = k + 1
          elseif u.kind == "punct" and (u.norm == "," or u.norm == "-" or u.norm == "'" or u.norm == "&" or u.norm == "/") and toks[k + 1] then
            k = k + 1
          elseif u.kind == "number" then
            k = k + 1
          else
            break
          end
        end
        -- a lone "I" or "A" is not shouting; a run is when it has a real word in it
        local real = (words >= 3 and (long >= 1 or shouty >= 1)) or (words == 2 and (long >= 1 or shouty >= 1))
        local single = words == 1 and (shouty >= 1 or long6 >= 1) and #letters(t.text) >= 2
        if (real or single) and not (words == 1 and ACRONYMS[letters(t.text):upper()]) then
          local from, to = t.from, toks[j].to
          -- Start the span at the word before, when there is one: the
          -- suggestion's first letter follows the span's, so "Do NOT" gives
          -- "Do not" where "NOT" alone would give "Not".
          local prev = toks[i - 1]
          if prev and prev.kind == "word" and letters(prev.text) ~= letters(prev.text):upper() then
            from = prev.from
          end
          local span = text:sub(from - s.from + 1, to - s.from + 1)
          local sev = real and "warning" or "info"
          report { at = { from, to }, suggest = { soften(span) }, severity = sev }
        end
        i = math.max(j, i) + 1
      else
        i = i + 1
      end
    end
  end,
  examples = {
    flag = {
      "PLEASE READ THE EMAIL BEFORE REPLYING.",
      "Do NOT open the box.",
      "You MUST sign the form.",
      "I have told you this ALREADY.",
    },
    pass = {
      "The USB cable and the HDMI adapter are in the box.",
      "The NRHP listing and the GLAM WIKI page both cite USGS data.",
      "Please send the PDF to our VAT team.",
      "I will call you at 3 PM.",
      "Your order ships with UPS today.",
      "A member of the team will reply.",
    },
  },
}

tact.rule {
  id = "shouting.stacked-punctuation", severity = "warning",
  when = { regex = "[!?]{2}" },
  message = "Stacked exclamation or question marks raise the volume of a reply; mind the volume.",
  rationale = [[
"??" and "!!" read as a raised voice, and in a reply to a complaint "Did you
even check?!" sounds like shouting across the counter. One mark carries the
meaning. Use a single question mark, exclamation mark or full stop.]],
  check = function(s, report)
    for _, t in ipairs(s:find { kind = "punct" }) do -- tables for marks only
      if #t.text >= 2 and t.text:match("^[!?]+$") then
        local sug
        if t.text:find("?", 1, true) then sug = { "?" } else sug = { "!", "." } end
        report { at = t, suggest = sug }
      end
    end
  end,
  examples = {
    flag = {
      "Why didn't you read it??",
      "The refund was sent yesterday!!",
      "Did you even check?!",
    },
    pass = {
      "Thanks!",
      "Could you send the order number?",
      "Great news: your parcel has arrived!",
    },
  },
}

tact.rule {
  id = "shouting.stretched-words", severity = "info",
  -- a word with one letter three times running (the check then leaves
  -- out w, x and z: "www", "xxx")
  when = { phrases = { "[stretched]" } },
  message = "Stretched words like 'sooo' or 'noooo' read as raised voice or sarcasm; mind the volume.",
  rationale = [[
Stretched words like "sooo", "pleeease" and "noooo" raise the volume by
imitating a drawn-out tone of voice, which in writing reads as exasperation
or sarcasm, and they look out of place in a professional reply. Use the
ordinary spelling, and a stronger word if you need the emphasis.]],
  check = function(s, report)
    -- collapses every run of a repeated letter to at most `keep` letters
    local function collapse(w, keep)
      local out, prev, run = {}, nil, 0
      for ch in w:gmatch(".") do
        if ch:match("%a") and prev and ch:lower() == prev:lower() then run = run + 1 else run = 1 end
        if run <= keep then out[#out + 1] = ch end
        prev = ch
      end
      return table.concat(out)
    end
    for _, t in ipairs(s:find { kind = "word" }) do
      local w = t.text
      if not w:find("%d") and w ~= w:upper() then
        local stretched = false
        local prev, run = nil, 0
        for ch in w:lower():gmatch(".") do
          if ch:match("%a") and ch == prev then run = run + 1 else run = 1 end
          if run >= 3 and not ch:match("[xzw]") then stretched = true end
          prev = ch
        end
        if stretched then
          local one, two = collapse(w, 1), collapse(w, 2)
          local sug = { one }
          if two ~= one then sug[2] = two end
          report { at = t, suggest = sug }
        end
      end
    end
  end,
  examples = {
    flag = {
      "That is sooo not what we agreed.",
      "Pleeease read the email.",
      "Noooo, the order is fine.",
    },
    pass = {
      "The parcel is on its way.",
      "See www.example.com for details.",
      "Your reference is XXX-1234 until the order ships.",
    },
  },
}

tact.rule {
  id = "shouting.exclamation-heavy", scope = "document", severity = "info",
  max_words = 2500, -- the volume of a reply, not of a long document
  when = { regex = "!(?:[^!]*!){2}" }, -- three marks at least, as below
  message = "Exclamation marks in most sentences make a reply sound loud or forced; mind the volume and keep one at most.",
  rationale = [[
An exclamation mark in nearly every sentence raises the volume and makes a
reply sound forced or breathless, and in a reply to a problem it can seem to
make light of it. One exclamation mark, for genuinely good news, is plenty.
When most sentences end in one, every mark after the first is flagged.]],
  check = function(doc, report)
    -- Every mark holds a "!", so there are no more marks than "!"s: count
    -- those in the text before making a table per punctuation token.
    local text, bangs, at = doc:text(), 0, 1
    repeat -- a plain find is a memchr; gsub would match at every byte
      at = text:find("!", at, true)
      if at then bangs, at = bangs + 1, at + 1 end
    until not at
    if bangs < 3 then return end
    local nsents = doc:sentence_count()
    if nsents < 3 or bangs * 2 < nsents then return end
    local marks = {}
    for _, t in ipairs(doc:find { kind = "punct" }) do
      if t.text:find("!", 1, true) then marks[#marks + 1] = t end
    end
    if #marks < 3 then return end
    if #marks * 2 >= nsents then
      for k = 2, #marks do
        report { at = marks[k], suggest = { "." } }
      end
    end
  end,
  examples = {
    flag = {
      "Thanks for writing! Your refund is on its way! It should arrive by Friday! Have a great day!",
      "We got your message!! The engineer is booked! He will call first!",
    },
    pass = {
      "Thanks for writing! Your refund is on its way and should arrive by Friday. Have a good weekend.",
      "Your refund is on its way. It should arrive by Friday. Thank you for your patience.",
      "Great news! Your refund is on its way! It should arrive by Friday.",
    },
  },
}
