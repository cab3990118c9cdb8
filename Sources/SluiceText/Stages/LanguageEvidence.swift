// Cheap, table-driven language evidence for `LanguageDetector`: scripts, diagnostic letters, function
// words, word stems and endings. One pass over the text's Unicode scalars, no allocation per token
// (words are hashed as they are read), static tables built once.

import Foundation

/// The languages the detector can name, by index. The first `evidenceCount` have word and letter
/// evidence; the rest are only reached through a script rule or CLD2.
enum Languages {
    static let codes: [String] = [
        // Latin script, with word lists.
        "en", "de", "fr", "es", "it", "pt", "nl", "ca", "nb", "nn", "da", "sv", "is", "fi", "et", "lv", "lt",
        "pl", "cs", "sk", "sl", "hr", "bs", "sr", "sq", "ro", "hu", "tr", "az", "id",
        // Cyrillic, with word lists ("sr" above covers Serbian in both scripts).
        "ru", "uk", "be", "bg", "mk", "kk",
        // Script rules and CLD2 only.
        "hy", "ka", "el", "he", "ar", "fa", "ur", "hi", "th", "ko", "ja", "zh", "yi",
        "gl", "eu", "ms", "cy", "ga", "mt", "af", "sw", "tl", "vi", "eo", "lb", "fy", "la", "oc", "br",
        "ky", "tg", "uz", "mn", "tk", "ku", "ps", "bn", "ta", "te", "mr", "ne", "gu", "pa", "kn", "ml",
        "si", "my", "km", "lo", "am", "jv", "su", "ha", "yo", "ig", "zu", "xh", "so", "mg", "ht", "gd",
        "fo", "co", "sm", "haw",
    ]
    static let count = codes.count
    /// Languages before this index have word lists; the rest rely on a script or CLD2.
    static let withWordLists = index("hy")

    static let indexByCode: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, code) in codes.enumerated() { map[code] = i }
        return map
    }()

    static func index(_ code: String) -> Int {
        guard let i = indexByCode[code] else { preconditionFailure("unknown language code \(code)") }
        return i
    }

    static let en = index("en"), nb = index("nb"), nn = index("nn"), da = index("da"), sv = index("sv")
    static let tr = index("tr"), az = index("az"), ru = index("ru"), uk = index("uk"), be = index("be")
    static let bg = index("bg"), mk = index("mk"), kk = index("kk")
    static let hr = index("hr"), bs = index("bs"), sr = index("sr"), cs = index("cs"), sk = index("sk")
    static let id = index("id"), ms = index("ms"), es = index("es"), gl = index("gl"), pt = index("pt")
    static let hy = index("hy"), ka = index("ka"), el = index("el"), he = index("he"), ar = index("ar")
    static let fa = index("fa"), ur = index("ur"), hi = index("hi"), th = index("th"), ko = index("ko")
    static let ja = index("ja"), zh = index("zh")

    /// Languages CLD2 (or a script alone) cannot tell apart well; the detector re-decides inside a
    /// group with the evidence, CLD2 weighing only `cldFactor` of its usual weight.
    struct Group: Sendable {
        var members: [Int]
        var cldFactor: Float
    }

    static let groups: [Group] = [
        Group(members: [nb, nn, da], cldFactor: 0.15),
        Group(members: [tr, az], cldFactor: 0.1),
        Group(members: [hr, bs, sr], cldFactor: 0.05),
        Group(members: [ru, uk, be], cldFactor: 0.2),
        Group(members: [cs, sk], cldFactor: 0.5),
        Group(members: [id, ms], cldFactor: 0.5),
    ]

    /// The group index of each language, -1 when none.
    static let groupOf: [Int] = {
        var map = [Int](repeating: -1, count: count)
        for (g, group) in groups.enumerated() { for m in group.members { map[m] = g } }
        return map
    }()

    /// CLD2's code → the languages it stands for (CLD2 cannot tell Bokmål from Nynorsk: "no" counts for both).
    static func fromCLD2(_ code: String) -> [Int] {
        switch code {
        case "un", "": return []
        case "no": return [nb, nn]
        case "iw": return [he]
        case "in": return [id]
        case "jw": return indexByCode["jv"].map { [$0] } ?? []
        case "mo": return [index("ro")]
        case "sh", "sr-ME": return code == "sh" ? [hr, bs, sr] : [sr]
        case "zh-Hant": return [zh]
        case "fil": return [index("tl")]
        default:
            if code.hasPrefix("xx-") { return [] }
            return indexByCode[code].map { [$0] } ?? []
        }
    }
}

// MARK: - Tables

/// A word, stem or ending and the languages it counts for.
struct Posting: Sendable {
    var language: UInt8
    var weight: Float
    /// Counts only when re-deciding inside a group (`Languages.groups`), not in the global choice.
    var groupOnly: Bool
}

/// Open-addressing hash table from 64-bit token hashes to posting ranges. Far cheaper than a
/// `Dictionary` (no SipHash) for the handful of probes per token.
struct PostingTable: Sendable {
    private var keys: [UInt64]
    private var ranges: [Range<Int32>]
    /// One bit per key (of 65,536): most tokens miss here, in L1, before touching `keys`.
    private var filter: [UInt64]
    private(set) var postings: [Posting]
    private let mask: Int

    init(_ entries: [UInt64: [Posting]]) {
        var size = 64
        while size < entries.count * 3 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        ranges = [Range<Int32>](repeating: 0..<0, count: size)
        postings = []
        filter = [UInt64](repeating: 0, count: 1024)
        mask = size - 1
        for (key, list) in entries {
            var slot = Int(truncatingIfNeeded: PostingTable.mix(key)) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            let bit = Int(truncatingIfNeeded: PostingTable.mix(key) >> 48)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            let start = Int32(postings.count)
            postings.append(contentsOf: list)
            ranges[slot] = start..<Int32(postings.count)
        }
    }

    @inline(__always) static func mix(_ key: UInt64) -> UInt64 {
        (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9
    }

    @inline(__always) func lookup(_ key: UInt64) -> Range<Int32>? {
        let bit = Int(truncatingIfNeeded: PostingTable.mix(key) >> 48)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: PostingTable.mix(key)) & mask
        while true {
            let k = keys[slot]
            if k == key { return ranges[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}

enum TokenHash {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always) static func add(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
    }
    /// Keys of the three kinds of entries never collide in practice: each gets its own final mix.
    @inline(__always) static func word(_ h: UInt64) -> UInt64 { h | 1 }
    @inline(__always) static func prefix(_ h: UInt64) -> UInt64 { (h &* 31 &+ 0x9E37) | 1 }
    @inline(__always) static func suffix(_ h: UInt64) -> UInt64 { (h &* 37 &+ 0x7F4A) | 1 }
    /// Two consecutive words (raw hashes).
    @inline(__always) static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15 &+ second &* 41 &+ 0x51ED) | 1
    }

    static func hash(_ scalars: some Sequence<UInt32>) -> UInt64 {
        var h = seed
        for v in scalars { h = add(h, v) }
        return h
    }
}

/// Lower case for the scripts with word evidence (Latin, Cyrillic, Armenian); other scalars unchanged.
/// Turkish dotted İ becomes i.
@inline(__always) func lowerScalar(_ v: UInt32) -> UInt32 {
    if v < 0x80 { return v &- 0x41 < 26 ? v + 0x20 : v }
    if v < 0x100 { return (v >= 0xC0 && v <= 0xDE && v != 0xD7) ? v + 0x20 : v }
    if v < 0x180 {
        if v == 0x130 { return 0x69 }
        if v == 0x131 || v == 0x138 || v == 0x149 { return v }
        if (v >= 0x100 && v <= 0x137) || (v >= 0x14A && v <= 0x177) { return v | 1 }
        if (v >= 0x139 && v <= 0x148) || (v >= 0x179 && v <= 0x17E) { return v & 1 == 1 ? v + 1 : v }
        if v == 0x178 { return 0xFF }
        return v
    }
    if v == 0x18F { return 0x259 }
    if v >= 0x218 && v <= 0x21B { return v | 1 }
    if v >= 0x400 && v < 0x530 {
        if v < 0x410 { return v + 0x50 }
        if v < 0x430 { return v + 0x20 }
        if (v >= 0x460 && v < 0x482) || (v >= 0x48A && v < 0x4C0) || (v >= 0x4D0 && v < 0x530) { return v | 1 }
        if v >= 0x4C1 && v < 0x4CF { return v & 1 == 1 ? v + 1 : v }
        return v
    }
    if v >= 0x531 && v <= 0x556 { return v + 0x30 }
    if v >= 0x1E00 && v <= 0x1EFF { return v | 1 }
    return v
}

/// Whether `v` is an upper-case letter of Latin or Cyrillic (for the name heuristic).
@inline(__always) func isUpperScalar(_ v: UInt32) -> Bool {
    if v < 0x80 { return v &- 0x41 < 26 }
    return lowerScalar(v) != v
}

enum EvidenceTables {
    /// Stems are matched on these prefix lengths, endings on these suffix lengths.
    static let prefixLengths = 4...8
    static let suffixLengths = 2...5

    /// Function words and markers per language. Syntax: `word` (weight 1), `!word` (2.5), `^word`
    /// (group-only, 1.5), `stem*` (prefix, 4–8 letters), `~end` (ending, 2–5 letters), `two_words`
    /// (a word pair), `:w` weight.
    static let wordLists: [(String, String)] = [
        ("en", """
            the of and to in a is that for on with as by at from was are be it this has have had will not \
            but or an its which who said were been their after over about more than new also into he she \
            they his her would can could up out !the !and !which !would !been !their !with !said !were \
            !there !what !says !says !against !during !should
            """),
        ("de", """
            der die das und in zu den von mit ist im für auf dem nicht ein eine des sich es auch als an wie \
            bei nach aus er sie hat wird werden zum zur dass noch über vor einen einem wurde sind war am um \
            so oder nur aber mehr gegen bis durch soll will kann !und !der !die !das !nicht !ist !sich \
            !dass !wird !auch !für !über !wurde !einen !einer !werden !zwischen !gegen !beim !vom
            """),
        ("fr", """
            le la les de des du et à en un une est que qui dans pour sur pas par au aux ne se il elle ont a \
            avec plus ce cette son sa ses mais ou été sont être fait selon après contre entre leur dont l d \
            qu !les !des !du !est !qui !dans !pour !avec !été !être !selon !une !cette !aux !sur !ils \
            !très !où !depuis !lors !au
            """),
        ("es", """
            el la los las de del y en a que un una es por con para no se su sus al lo como más pero o ha \
            han fue sobre entre este esta tras desde hasta según ya muy también !los !las !del !por !para \
            !según !también !pero !muy !fue !sus !más !está !están !hay !tras !desde
            """),
        ("it", """
            il la le lo gli di del della dei delle e è che in un una per non con si da al alla nel nella \
            sono ha ma come anche più dopo tra fra su questo questa sulla dal dalla ci !il !della !delle \
            !gli !sono !nella !anche !è !dei !alla !nel !perché !più !degli !stato !essere !dopo
            """),
        ("pt", """
            o a os as de do da dos das e em um uma que não com para por no na nos nas ao é se foi mais como \
            mas ou seu sua pelo pela são também já sobre entre após !não !são !também !pela !pelo !uma !dos \
            !das !ao !já !após !está !estão !até !foram
            """),
        ("nl", """
            de het een van en in is op te dat die voor met niet zijn aan er ook als bij om door over maar \
            worden wordt werd naar heeft hebben uit nog wel dan tegen zal zou !het !een !van !niet !zijn \
            !ook !heeft !wordt !werd !naar !maar !bij !deze !hebben !volgens
            """),
        ("ca", """
            el la els les de del i a en que un una és per amb no es va pel als dels més però ha han seu \
            seva aquest aquesta !els !amb !és !però !aquest !aquesta !pel !dels !seva !també
            """),
        ("sv", """
            och i att det som en på är av för med till den har de inte om ett men var sig från så vid kan \
            eller efter också man när nu hade skulle ska vill under mot blev mellan sina sin där då än \
            !och !att !är !inte !också !från !eller !ett !hade !skulle !när !där !än !vid !sina
            """),
        ("nb", """
            og i er det som på en til av for med at har de ikke den var et om fra seg skal vil kan også \
            etter ved ble blir eller mot nå over under mellom hadde være vært bare mye hva hvor når selv \
            jeg vi han hun men sier sa noen disse hele uten sammen fikk siden kunne skulle kommer !ikke \
            !av !ble !hva !noen !hvordan !hvorfor !nå !etter !mellom !seg !mye !uten !sier !disse \
            ^etter ^mot ^mye ^hele ^sammen ^fikk ^siden ^seg ^meg ^deg ^opp ^ut ^igjen ^gjøre ^bli ^ha \
            ^~sjon ^~ene:0.4 ^~ert:0.3 ^~ing:0.3 ^helt ^nok ^enn ^bare ^hvis \
            ^neste ^lenge ^gjennom ^regjering* ^spørsmål ^kjent ^kjenn* ^kjemp* ^tenk* ^kjøp* ^viktig* ^senk* ^endr* \
            ^armenia* ^russland* ^tyrkia* ^frankrike* ^ukraina* ^georgia* ^hellas* ^spania* ^italia* ^belgia* \
            ^romania* ^bulgaria* ^kroatia* ^serbia* ^albania* ^syria* ^india* ^østerrike* \
            ^sett* ^legg* ^velg* ^selg* ^sterk* ^merk* ^~skap ^uke ^uka ^ukens ^~het ^~heten ^~heter
            """),
        ("nn", """
            og i er det som på ein eit til av for med at har dei ikkje den var om frå seg skal vil kan òg \
            også etter ved vart blir eller mot no over under mellom hadde vere vore berre mykje kva kor \
            når sjølv eg vi me han ho men seier sa nokon desse heile utan saman fekk sidan kunne skulle \
            kjem korleis kvifor noko nokre fleire meir hjå difor !av !etter !mellom !seg !ikkje !frå !kva !korleis !kvifor !eg \
            !ein !eit !noko !nokon !vart !dei !berre !mykje !sjølv !heile !utan !desse !meir !fleire !hjå \
            ^etter ^mot ^seg ^meg ^deg ^opp ^ut ^igjen ^gjere ^gjer ^gjekk ^bli ^ha ^vore ^ho ^då \
            ^~sjon ^~ane:0.6 ^~ar:0.2 ^~inga:0.5 ^heilt ^enn ^viss ^dykk ^oss ^kvar ^kven ^byen \
            ^neste ^lenge ^gjennom ^regjering* ^spørsmål ^kjent ^kjenn* ^kjemp* ^tenk* ^kjøp* ^viktig* ^senk* ^endr* \
            ^armenia* ^russland* ^tyrkia* ^frankrike* ^ukraina* ^georgia* ^hellas* ^spania* ^italia* ^belgia* \
            ^romania* ^bulgaria* ^kroatia* ^serbia* ^albania* ^syria* ^india* ^østerrike* \
            ^sett* ^legg* ^velg* ^selg* ^sterk* ^merk* ^~skap ^veke ^veka ^~heit
            """),
        ("da", """
            og i er det som på en et til af for med at har de ikke den var om fra sig skal vil kan også \
            efter ved blev bliver eller mod nu over under mellem havde være været kun meget hvad hvor når \
            selv jeg vi han hun men siger sagde nogle disse hele uden sammen fik siden kunne skulle \
            kommer dem igen !af !efter !blev !hvad !nogle !mellem !meget !havde !være !været !uden !siger \
            !sagde !igen !nu !mod !bliver !ikke \
            ^efter ^mod ^meget ^hele ^sammen ^fik ^siden ^sig ^mig ^dig ^op ^ud ^igen ^gøre ^blive ^have \
            ^~tion:0.5 ^~ede:0.4 ^~ene:0.3 ^helt ^nok ^end ^kun ^hvis ^dog ^omkring ^samt ^heller \
            ^næste ^længe ^gennem ^regering* ^spørgsmål ^kendt ^kende ^uge ^ugen ^ugens ^~hed ^~heden ^~heder \
            ^~skab ^sænk* ^ændr* ^hænd* ^mænd ^kæmp* ^tænk* ^sætt* ^lægg* ^vælg* ^fortæl* ^sælg* \
            ^stærk* ^mærk* ^dækk* ^købe* ^købt ^træd* ^fæll* ^væsentlig* ^vigtig* \
            ^armenien* ^rusland* ^tyrkiet* ^frankrig* ^ukraine* ^georgien* ^grækenland* ^spanien* ^italien* \
            ^belgien* ^rumænien* ^bulgarien* ^kroatien* ^serbien* ^albanien* ^syrien* ^indien* ^østrig* ^underskriv*
            """),
        ("is", """
            og í að á er sem um við en var til með af það ekki hann hún eru frá hefur voru !það !ekki \
            !hefur !voru !hún !eftir !þegar !sem !að
            """),
        ("fi", """
            ja on ei se että oli ovat hän myös kun mutta tai kuin sen nyt jo vielä ole olla jälkeen \
            mukaan vuoden vuonna sekä joka jotka kanssa tämä tämän siitä hänen mitä niin !että !myös \
            !mutta !sekä !jotka !kanssa !tämä !mukaan !vuonna !ovat !oli
            """),
        ("et", """
            ja on ei see et oli ka mis kui aga või nagu selle seda ta tema nüüd veel olla pärast järgi \
            aasta aastal ning kes mida kus juba kõik ole oma üle vastu !ning !või !kõik !pärast !aastal \
            !selle !seda !nagu !juba
            """),
        ("lv", """
            un ir par no uz ar kā arī ka tas to bija lai vai bet pēc kas ko viņš viņa tika tiek jau vēl \
            gada gadā kur tā tās šo šī savu pie nav tikai !un !arī !pēc !tika !tiek !viņš !viņa !bija \
            !kā !lai !starp !teikts
            """),
        ("lt", """
            ir yra kad su į iš ne bet kaip tai jis ji buvo bus dėl per po apie metų kuris kuri nuo jau dar \
            tik taip šiuo arba prie savo !yra !kad !buvo !dėl !apie !metų !kuris !arba !taip
            """),
        ("pl", """
            i w na z się nie że do to jest o jak po od za przez dla ale jego jej czy tak już są był była \
            było także przy lub oraz tym może który która które według roku !się !że !jest !przez !dla \
            !już !są !był !także !oraz !według !może !który !która !które
            """),
        ("cs", """
            a v na se je že s z do to o k jak po od za pro ale jeho její nebo jsou byl byla bylo také při \
            který která které podle roku již však ve ze aby bude tak jen !že !jsou !také !který !která \
            !které !podle !však !již !nebo !její !při
            """),
        ("sk", """
            a v na sa je že s z do to o k ako po od za pre ale jeho jej alebo sú bol bola bolo tiež pri \
            ktorý ktorá ktoré podľa roku už však vo zo aby bude tak len !sa !ako !pre !alebo !sú !bol \
            !bola !tiež !ktorý !ktorá !ktoré !podľa !už
            """),
        ("sl", """
            in v na se je da z s za so ki ne pa bi do o po od tudi kot ali ga jih bil bila bilo še že \
            tako kar lahko pri glede !in !ki !tudi !kot !pa !še !lahko !jih !bilo
            """),
        // Serbian, Croatian and Bosnian share the common words; the group lexicons below decide.
        ("hr", """
            i u na se je da za su od s sa iz ne koji koja koje što kao ali ili bi će biti bio bila bilo \
            nije još samo već prema nakon a o !koji !koja !koje !što !će !nije !još !već !prema !nakon
            """),
        ("bs", """
            i u na se je da za su od s sa iz ne koji koja koje što kao ali ili bi će biti bio bila bilo \
            nije još samo već prema nakon a o !koji !koja !koje !što !će !nije !još !već !prema !nakon
            """),
        ("sr", """
            i u na se je da za su od s sa iz ne koji koja koje što kao ali ili bi će biti bio bila bilo \
            nije još samo već prema nakon a o !koji !koja !koje !što !će !nije !još !već !prema !nakon \
            и у на не за од са се да је што као али или који која које није биће ће према након још само \
            већ су из био била било !који !која !које !није !ће !према !након !још !већ !је !су ~ао:1.5 ~ио:1.5
            """),
        ("sq", """
            dhe të në e i për me që një nga se është ka u janë do më por si kjo ky ishte kanë pas edhe mbi \
            tij saj deri ndaj sipas !dhe !të !është !për !një !nga !që !janë !ishte !kanë !edhe !sipas \
            !më !së !nuk
            """),
        ("ro", """
            și şi în de la a cu pe din că care un o este nu se au fost mai pentru ce sau dar sunt după fi \
            lui ale al despre acest această între !și !şi !în !că !este !fost !pentru !sau !sunt !după \
            !despre !această !între !iar
            """),
        ("hu", """
            a az és hogy nem is egy van volt meg már de mint csak ki be el fel után szerint kell lesz még \
            ezt azt vagy által miatt között pedig !az !és !hogy !egy !van !volt !már !szerint !után !kell \
            !között !miatt !pedig
            """),
        ("tr", """
            ve bir bu da de için ile olarak olan gibi daha çok en her ama ancak sonra kadar göre değil var \
            yok ise ki mi ne olduğunu ya o şu tarafından yeni büyük !ve !için !ile !olarak !gibi !çok \
            !göre !değil !kadar !tarafından !olduğunu !yok !ancak !şu \
            ^~yor:1.5 ^~iyor:1 ^~ıyor:1 ^~uyor:1 ^~üyor:1 ^~dı:0.3 ^~di:0.3 ^kendi ^üzere ^dedi ^etti \
            ^olduğu ^ise ^de ^~ması:0.5 ^~mesi:0.5
            """),
        ("az", """
            və bir bu da də üçün ilə olaraq olan kimi daha çox ən hər amma lakin sonra qədər görə deyil \
            var yox isə ki ya o yeni böyük edib olub bildirib !və !üçün !ilə !olaraq !kimi !çox !ən \
            !qədər !görə !deyil !isə !edib !olub !bildirib !hər \
            ^~ıb:1 ^~ib:1 ^~ub:1 ^~üb:1 ^də ^artıq ^həm ^öz ^xeyli ^deyib ^qeyd ^olunub ^edilib
            """),
        ("id", """
            dan yang di ini itu dengan untuk dari dalam tidak akan pada juga ke ada telah oleh karena \
            sudah bisa mereka kata !yang !dengan !untuk !dari !dalam !tidak !akan !pada !juga !telah \
            !oleh !karena !sudah
            """),
        ("ru", """
            и в не на что с по это он она они как а но из к у от за для о же так было был была были его \
            ее её или уже если только также после при между более чем когда года году !что !это !как \
            !его !ее !её !или !уже !только !также !после !между !более !чем !когда !году !он !она !они \
            !был !была !было !были !от !который !которые !которая !сказал !из-за ~ил:0.5 ~ал:0.3 ~ел:0.3
            """),
        ("uk", """
            і в у не на що з із та це він вона вони як а але до від за для про його її або вже якщо \
            тільки також після при між більш ніж коли року який яка які було був була були щоб !що !та \
            !це !він !вона !вони !але !від !його !її !або !вже !якщо !тільки !також !після !між !коли \
            !року !який !яка !які !щоб !із !був !була !було !були
            """),
        ("be", """
            і ў у не на што з са гэта ён яна яны як а але да ад за для пра яго яе або ўжо калі толькі \
            таксама пасля пры паміж чым года які якая якія было быў была былі !і !ў !гэта !ён !яна \
            !яны !ад !пра !яго !яе !ўжо !калі !толькі !таксама !пасля !паміж !быў
            """),
        ("bg", """
            и в на не за от с се да е че това той тя те как а но към по при след са ще който която което \
            които както още или беше бяха между година г !че !това !към !след !са !ще !който !която \
            !което !които !още !беше !бяха !във !със ~ът:1 ~оха:1.5 ~аха:1 ~яха:1 ~иха:1.5
            """),
        ("mk", """
            и во на не за од со се да е што како но или кој која кое ги го беше ќе според по уште само \
            веќе !во !со !што !кој !која !кое !ги !го !беше !ќе !според !уште !веќе ~аа:1.5
            """),
        ("kk", """
            және мен бұл да де үшін деп бойынша болды бар жоқ осы ол !және !үшін !бойынша !деп !болды
            """),
    ]

    /// Serbian, Croatian and Bosnian: ekavian and ijekavian forms and the lexical differences.
    /// All group-only: they are ordinary words elsewhere.
    static let southSlavicLists: [(String, String)] = [
        // Ekavian (Serbian) forms.
        ("sr", """
            mleko mleka reka reke vreme dete deca dece deci decu lepo lepa lepe lepi hteo htela hteli \
            hteti gde ovde negde pre posle uvek deo ceo celog celu cela celo mesto mesta mestu mestima \
            nedelja nedelje nedelju sreda sredu cena cene cenu cenama vesti vest reč reči dve vek veka \
            pesma pesme bela beli belo lek leka lekova lekar uslov uslovi uslova uslovima bezbedn* \
            predsedn* opštin* sledeć* primer* mesec* sednic* severn* čovek* verovatno razume* želeo \
            voleo umeo živeo sedeo video:0.3 leto leta hleb* izveštaj* obaveštenj* saopšt* uopšte \
            istorij* preduzeć* spoljn* ostrv* nauk* mora_da moraju_da morao_da morala_da treba_da \
            trebalo_da može_da mogu_da želi_da žele_da hoće_da neće_da počeo_da počela_da nastavlja_da \
            odlučio_da pokušava_da ~eo:0.4 beograd*:0.5 srbij*:0.5 srpsk*:0.5
            """),
        // Shared by Serbian and Bosnian, not Croatian.
        ("sr", """
            hiljad* tokom evrop* univerzitet* milion* šta ko kafa kafu fudbal* porodic* vazduh* \
            saradnj* penzij* procenat procenta odsto takođe tačno opština opštine opštini avgust* izvin* \
            ~ovao:0.4 ~ovali:0.4 ~ovala:0.4 ~ovati:0.4 ~isao:0.4 ~isali:0.4
            """),
        ("bs", """
            hiljad* tokom evrop* univerzitet* milion* šta ko kafa kafu fudbal* porodic* vazduh* \
            saradnj* penzij* procenat procenta odsto takođe tačno izvin* ~ovao:0.4 ~ovali:0.4 ~ovala:0.4 \
            ~ovati:0.4 ~isao:0.4 ~isali:0.4 historij*:2.5 sedmic*:2 hljeb* lahko kahv* sahat* saopćen* \
            saopći* rahmetli mora_da:0.75 treba_da:0.75 može_da:0.75 bošnja*:0.5 vjerovatno:2 bezbjedn*:2 općin* također uopće
            """),
        // Ijekavian forms (Croatian and Bosnian).
        ("hr", """
            prije poslije gdje ovdje negdje dijete djeca djece djeci djecu vrijeme mlijek* rijek* lijep* \
            htio htjel* uvijek dio dijel* svijet* svjet* mjest* vijest* vijeć* cijen* riječ* dvije vijek* \
            pjesm* bijel* lijek* predsjed* sjednic* mjesec* mjer* čovjek* razumje* sjever* nedjelj* \
            srijed* sljedeć* slijed* želio vidio volio primjer* ljeto ljeta
            """),
        ("bs", """
            prije poslije gdje ovdje negdje dijete djeca djece djeci djecu vrijeme mlijek* rijek* lijep* \
            htio htjel* uvijek dio dijel* svijet* svjet* mjest* vijest* vijeć* cijen* riječ* dvije vijek* \
            pjesm* bijel* lijek* predsjed* sjednic* mjesec* mjer* čovjek* razumje* sjever* nedjelj* \
            srijed* sljedeć* slijed* želio vidio volio primjer* ljeto ljeta
            """),
        // Croatian lexicon.
        ("hr", """
            tisuć*:2 tjed*:2 kruh*:2 sveučiliš*:2.5 zrak* vlak* nogomet* obitelj*:2 povijes*:2 tko:2 \
            također:1 točno točk* uopće općin* suradnj*:2 milijun*:2 siječ* veljač* ožuj* travanj \
            travnj* svib* lipanj lipnj* srpanj srpnj* kolovoz* rujan rujna listopad* studenog studenoga \
            prosin* vjerojatno:2 glazb* kazališ* znanost* izvješ* priopć* sabor* zastupni* tvrtk* \
            ravnatelj* gospodar* postot* posto mirovin* umirovlj* tijekom:2 otok* kava kavu poduzeć* \
            europ* proračun* izvanred* isprič* ~irao:0.5 ~irala:0.5 ~irali:0.5 ~irati:0.5 hrvatsk*:0.5
            """),
    ]

    static let words: PostingTable = {
        var entries: [UInt64: [Posting]] = [:]
        func add(_ code: String, _ list: String, groupOnlyAll: Bool, defaultWeight: Float) {
            let language = UInt8(Languages.index(code))
            for raw in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                var item = Substring(raw)
                var weight = defaultWeight
                var groupOnly = groupOnlyAll
                if item.hasPrefix("!") { weight = 2.5; item = item.dropFirst() }
                if item.hasPrefix("^") { weight = 1.5; groupOnly = true; item = item.dropFirst() }
                if let colon = item.firstIndex(of: ":") {
                    weight = Float(item[item.index(after: colon)...]) ?? weight
                    item = item[..<colon]
                }
                var kind = 0
                if item.hasPrefix("~") { kind = 2; item = item.dropFirst() }
                if item.contains("_") { kind = 3 }
                if item.hasSuffix("*") { kind = 1; item = item.dropLast() }
                var scalars = item.unicodeScalars.map { lowerScalar($0.value) }
                let key: UInt64
                switch kind {
                case 1:
                    if scalars.count > prefixLengths.upperBound { scalars = Array(scalars.prefix(prefixLengths.upperBound)) }
                    precondition(prefixLengths.contains(scalars.count), "stem too short: \(item)")
                    key = TokenHash.prefix(TokenHash.hash(scalars))
                case 2:
                    precondition(suffixLengths.contains(scalars.count), "ending length: \(item)")
                    key = TokenHash.suffix(TokenHash.hash(scalars))
                case 3:
                    let parts = item.split(separator: "_").map { $0.unicodeScalars.map { lowerScalar($0.value) } }
                    key = TokenHash.pair(TokenHash.hash(parts[0]), TokenHash.hash(parts[1]))
                default:
                    key = TokenHash.word(TokenHash.hash(scalars))
                }
                var list = entries[key] ?? []
                if let i = list.firstIndex(where: { $0.language == language && $0.groupOnly == groupOnly }) {
                    list[i].weight = max(list[i].weight, weight)
                } else {
                    list.append(Posting(language: language, weight: weight, groupOnly: groupOnly))
                }
                entries[key] = list
            }
        }
        for (code, list) in wordLists { add(code, list, groupOnlyAll: false, defaultWeight: 1) }
        for (code, list) in southSlavicLists { add(code, list, groupOnlyAll: true, defaultWeight: 1.5) }
        return PostingTable(entries)
    }()

    // MARK: Letters

    /// Diagnostic letters (lower case) and the languages they suggest, with weights.
    static let letterList: [(String, String)] = [
        ("ä", "de:1 sv:1 fi:1.5 et:1 sk:0.5"), ("ö", "de:1 sv:1 fi:1 et:1 hu:1 tr:1 az:1 is:0.5"),
        ("ü", "de:1 tr:1 az:1 hu:1 et:1"), ("ß", "de:3"), ("õ", "et:3 pt:1"),
        ("å", "sv:1.5 nb:1.5 nn:1.5 da:1.5"), ("æ", "da:1.5 nb:1.5 nn:1.5 is:1"), ("ø", "da:1.5 nb:1.5 nn:1.5"),
        ("é", "fr:1 es:0.5 it:0.5 pt:0.5 hu:1 cs:0.7 sk:0.7 is:0.7 ca:0.5"), ("è", "fr:1.5 it:1.5 ca:1"),
        ("ê", "fr:1.5 pt:1"), ("ë", "sq:3 nl:0.3"), ("à", "fr:1.5 it:1.5 ca:1 pt:0.7"),
        ("â", "ro:1.5 fr:1 pt:0.7"), ("î", "ro:2 fr:0.7"), ("ă", "ro:3"), ("ş", "tr:1.5 az:1.5 ro:1"),
        ("ș", "ro:3"), ("ț", "ro:3"), ("ţ", "ro:3"), ("ç", "fr:1 pt:1 tr:1 az:1 sq:1.5 ca:1"),
        ("ğ", "tr:2 az:2"), ("ı", "tr:2 az:2"), ("ə", "az:5"), ("ñ", "es:3"), ("ã", "pt:3"),
        ("ó", "es:1 pt:0.7 pl:1 hu:1 cs:0.5 sk:0.5 is:0.7 ca:0.7"), ("á", "es:1 pt:1 hu:1 cs:1 sk:1 is:1"),
        ("í", "es:1 pt:0.5 hu:1 cs:1 sk:1 is:1"), ("ú", "es:0.7 pt:0.7 hu:0.7 cs:0.7 sk:1 is:1"),
        ("ý", "cs:1.5 sk:1.5 is:1"), ("ò", "it:1.5 ca:1.5"), ("ì", "it:1.5"), ("ù", "it:1.5 fr:0.5"),
        ("ű", "hu:4"), ("ő", "hu:4"), ("ř", "cs:4"), ("ů", "cs:4"), ("ě", "cs:4"), ("ď", "cs:1.5 sk:1.5"),
        ("ť", "cs:1.5 sk:1.5"), ("ň", "cs:1.5 sk:1.5"), ("ľ", "sk:4"), ("ĺ", "sk:4"), ("ŕ", "sk:4"),
        ("ô", "sk:2 fr:0.5 pt:0.5"),
        ("č", "cs:1 sk:1 sl:1.5 hr:1.5 bs:1.5 sr:1.5 lv:1 lt:1"),
        ("š", "cs:1 sk:1 sl:1.5 hr:1.5 bs:1.5 sr:1.5 lv:1 lt:1 et:0.5"),
        ("ž", "cs:1 sk:1 sl:1.5 hr:1.5 bs:1.5 sr:1.5 lv:1 lt:1 et:0.5"),
        ("ć", "hr:2 bs:2 sr:2 pl:1.5"), ("đ", "hr:2.5 bs:2.5 sr:2.5"),
        ("ā", "lv:3"), ("ē", "lv:3"), ("ī", "lv:3"), ("ū", "lv:2 lt:2"),
        ("ģ", "lv:4"), ("ķ", "lv:4"), ("ļ", "lv:4"), ("ņ", "lv:4"),
        ("ą", "pl:2.5 lt:2"), ("ę", "pl:2.5 lt:2"), ("ė", "lt:4"), ("į", "lt:4"), ("ų", "lt:4"),
        ("ł", "pl:4"), ("ś", "pl:4"), ("ź", "pl:4"), ("ż", "pl:4"), ("ń", "pl:3"),
        ("ð", "is:4"), ("þ", "is:4"),
        // Cyrillic. Negative weights: letters a language's alphabet lacks (Serbian and Macedonian have no
        // й щ ъ ь э ю я ё; Ukrainian no ы э ё ъ; Russian no і ї є ґ ў ј; Belarusian no и щ ъ).
        ("ы", "ru:2 be:2 uk:-2 bg:-2 sr:-2 mk:-2"), ("э", "ru:1.5 be:2 uk:-2 bg:-2 sr:-2 mk:-2"),
        ("ъ", "bg:2 ru:0.4 uk:-2 be:-2 sr:-2 mk:-2"), ("ё", "ru:2 be:1 uk:-2 bg:-2 sr:-2 mk:-2"),
        ("і", "uk:2 be:2 kk:1 ru:-2 bg:-2 sr:-2 mk:-2"), ("ї", "uk:4 ru:-2 be:-2"), ("є", "uk:4 ru:-2 be:-2"),
        ("ґ", "uk:4 ru:-2"), ("ў", "be:4 ru:-2 uk:-2"),
        ("ђ", "sr:4 ru:-2"), ("ћ", "sr:4 ru:-2"), ("џ", "sr:3 mk:1.5 ru:-2"),
        ("ј", "sr:2.5 mk:2.5 ru:-2 uk:-2 be:-2 bg:-2"), ("љ", "sr:2.5 mk:2.5 ru:-2 uk:-2 be:-2 bg:-2"),
        ("њ", "sr:2.5 mk:2.5 ru:-2 uk:-2 be:-2 bg:-2"), ("ѓ", "mk:4 sr:-1"), ("ќ", "mk:4 sr:-1"), ("ѕ", "mk:4"),
        ("и", "ru:0.3 uk:0.3 bg:0.3 sr:0.3 mk:0.3 kk:0.3 be:-1.5"), ("щ", "ru:0.5 uk:0.5 bg:0.5 sr:-1.5 mk:-1.5 be:-1.5"),
        ("й", "sr:-1.5 mk:-1.5"), ("ь", "sr:-1.5 mk:-1.5"), ("ю", "sr:-1.5 mk:-1.5"), ("я", "sr:-1.5 mk:-1.5"),
        ("ә", "kk:3"), ("ғ", "kk:3"), ("қ", "kk:3"), ("ң", "kk:3"), ("ө", "kk:3"), ("ұ", "kk:3"),
        ("ү", "kk:2"), ("һ", "kk:2"),
    ]

    static let letterBase: UInt32 = 0xC0
    static let letterEnd: UInt32 = 0x530

    /// Slot + 1 of each scalar in letterBase..<letterEnd (0: not diagnostic).
    static let letterSlot: [UInt8] = {
        var slots = [UInt8](repeating: 0, count: Int(letterEnd - letterBase))
        for (i, (letter, _)) in letterList.enumerated() {
            let v = letter.unicodeScalars.first!.value
            precondition(v >= letterBase && v < letterEnd, "letter out of range: \(letter)")
            slots[Int(v - letterBase)] = UInt8(i + 1)
        }
        return slots
    }()

    /// Each slot's languages and weights.
    static let letterWeights: [[(Int, Float)]] = letterList.map { _, spec in
        spec.split(separator: " ").map { part in
            let pieces = part.split(separator: ":")
            return (Languages.index(String(pieces[0])), Float(pieces[1])!)
        }
    }
}

// MARK: - Scripts

enum Script: Int, CaseIterable {
    case latin, cyrillic, greek, armenian, georgian, hebrew, arabic, devanagari, thai, hangul, kana, han, other

    @inline(__always) static func of(_ v: UInt32) -> Script? {
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 ? .latin : nil }
        if v < 0x250 { return (v >= 0xC0 && v != 0xD7 && v != 0xF7) || v == 0xAA || v == 0xBA || v == 0xB5 ? .latin : nil }
        if v < 0x2B0 { return .latin }
        if v < 0x370 { return nil }
        if v < 0x400 { return v >= 0x386 ? .greek : nil }
        if v < 0x530 { return v < 0x483 || v >= 0x48A ? .cyrillic : nil }
        if v < 0x590 { return v >= 0x531 && v != 0x55A && v != 0x55B && v != 0x55C && v != 0x55D && v != 0x55E && v != 0x589 ? .armenian : nil }
        if v < 0x600 { return v >= 0x5D0 && v <= 0x5F2 ? .hebrew : nil }
        if v < 0x700 { return (v >= 0x620 && v <= 0x64A) || (v >= 0x66E && v <= 0x6D3) ? .arabic : nil }
        if v >= 0x900 && v < 0x980 { return v >= 0x904 && v <= 0x939 ? .devanagari : nil }
        if v >= 0xE00 && v < 0xE80 { return v < 0xE3F || (v >= 0xE40 && v <= 0xE46) ? .thai : nil }
        if v >= 0x10A0 && v < 0x1100 { return .georgian }
        if v >= 0x1C90 && v < 0x1CC0 { return .georgian }
        if v >= 0x1E00 && v < 0x1F00 { return .latin }
        if v >= 0x1F00 && v < 0x2000 { return .greek }
        if v >= 0x3040 && v < 0x3100 { return v == 0x30FB ? nil : .kana }
        if (v >= 0x4E00 && v < 0xA000) || (v >= 0x3400 && v < 0x4DC0) { return .han }
        if v >= 0xAC00 && v < 0xD7B0 { return .hangul }
        if v >= 0xFB50 && v < 0xFF00 { return v >= 0xFE70 || v < 0xFDF0 ? .arabic : nil }
        if v < 0x2000 || v >= 0x3000 {
            return Unicode.Scalar(v)?.properties.isAlphabetic == true ? .other : nil
        }
        return nil
    }
}

// MARK: - Evidence

/// What the scan found in one text: per-language scores from words and letters, script letter counts,
/// and CLD2's vote. Additive, so an article's evidence is the sum of its paragraphs'.
struct LanguageEvidence: Sendable {
    /// Global scores (words, letters, scripts) per language.
    var scores: [Float]
    /// Extra scores used only to decide inside a group.
    var groupScores: [Float]
    /// CLD2's weighted vote per language.
    var cld: [Float]
    /// Letters of each script.
    var scripts: [Int]
    /// Latin/Cyrillic word tokens.
    var tokens = 0
    /// ASCII q and x (Azerbaijani, Albanian; never in Turkish words).
    var qx = 0
    /// Azerbaijani ə.
    var schwa = 0
    /// Bytes CLD2 scored.
    var cldBytes = 0
    /// Whether CLD2 called a sizable text reliable.
    var cldReliable = false

    init() {
        scores = [Float](repeating: 0, count: Languages.count)
        groupScores = [Float](repeating: 0, count: Languages.count)
        cld = [Float](repeating: 0, count: Languages.count)
        scripts = [Int](repeating: 0, count: Script.allCases.count)
    }

    var letters: Int { scripts.reduce(0, +) }

    mutating func add(_ other: LanguageEvidence) {
        for i in 0..<Languages.count {
            scores[i] += other.scores[i]
            groupScores[i] += other.groupScores[i]
            cld[i] += other.cld[i]
        }
        for i in scripts.indices { scripts[i] += other.scripts[i] }
        tokens += other.tokens
        qx += other.qx
        schwa += other.schwa
        cldBytes += other.cldBytes
        cldReliable = cldReliable || other.cldReliable
    }

    /// Scans `text` once: script counts, diagnostic letters (names count half), words, stems, endings.
    static func scan(_ text: String) -> LanguageEvidence {
        var scanner = TokenScanner()
        return scan(text, with: &scanner)
    }

    /// `scan(_:)` with a scanner reused from text to text (reset first): no tables copied and no buffers
    /// allocated per paragraph.
    static func scan(_ text: String, with scanner: inout TokenScanner) -> LanguageEvidence {
        var evidence = LanguageEvidence()
        scanner.reset()
        for scalar in text.unicodeScalars { scanner.feed(scalar.value, into: &evidence) }
        scanner.finish(into: &evidence)
        evidence.applyScripts()
        return evidence
    }

    /// Scripts that name a language (or a few) by themselves.
    private mutating func applyScripts() {
        let s = scripts
        func add(_ language: Int, _ n: Int) { scores[language] += Float(n) * 0.5 }
        add(Languages.hy, s[Script.armenian.rawValue])
        add(Languages.ka, s[Script.georgian.rawValue])
        add(Languages.el, s[Script.greek.rawValue])
        add(Languages.he, s[Script.hebrew.rawValue])
        add(Languages.th, s[Script.thai.rawValue])
        add(Languages.ko, s[Script.hangul.rawValue])
        add(Languages.hi, s[Script.devanagari.rawValue] / 2)
        let kana = s[Script.kana.rawValue], han = s[Script.han.rawValue]
        if kana > 0 { add(Languages.ja, kana + han) } else { add(Languages.zh, han / 2) }
        if s[Script.cyrillic.rawValue] >= 4 { scores[Languages.ru] += 0.3 }  // the most common, as a tie-break
    }

    /// Arabic script: Urdu and Persian letters, else Arabic. Needs a second look at the text, which only
    /// Arabic-script text pays.
    mutating func applyArabic(_ text: String) {
        let n = scripts[Script.arabic.rawValue]
        guard n > 0 else { return }
        var persian = 0, urdu = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x679, 0x688, 0x691, 0x6BA, 0x6BE, 0x6C1, 0x6D2: urdu += 1
            case 0x67E, 0x686, 0x698, 0x6AF, 0x6A9, 0x6CC: persian += 1
            default: break
            }
        }
        let language = urdu > 0 && urdu * 4 >= persian / 2 ? Languages.ur : persian > 0 ? Languages.fa : Languages.ar
        scores[language] += Float(n) * 0.5
    }
}

/// The state of `LanguageEvidence.scan`: the current token's hashes and letters. A struct driven
/// through `inout` (no closures capturing locals: those would be boxed and checked at run time).
struct TokenScanner {
    let table = EvidenceTables.words
    let letterSlot = EvidenceTables.letterSlot
    var letterCounts = [UInt16](repeating: 0, count: EvidenceTables.letterList.count)
    var latin = 0
    var cyrillic = 0
    var tokens = 0
    var qx = 0
    var schwa = 0

    var hash = TokenHash.seed
    var previous: UInt64 = 0
    var length = 0
    var p4: UInt64 = 0, p5: UInt64 = 0, p6: UInt64 = 0, p7: UInt64 = 0, p8: UInt64 = 0
    /// The last five scalars, t4 the newest.
    var t0: UInt32 = 0, t1: UInt32 = 0, t2: UInt32 = 0, t3: UInt32 = 0, t4: UInt32 = 0
    var firstUpper = false
    var anyLower = false
    var tokenScript = Script.latin
    /// Up to eight diagnostic letter slots of the token, one byte each.
    var slots: UInt64 = 0
    var slotCount = 0

    /// Back to the state of a new scanner, keeping the tables and the letter counts' storage.
    mutating func reset() {
        for i in letterCounts.indices { letterCounts[i] = 0 }
        latin = 0; cyrillic = 0; tokens = 0; qx = 0; schwa = 0
        hash = TokenHash.seed; previous = 0; length = 0
        p4 = 0; p5 = 0; p6 = 0; p7 = 0; p8 = 0
        t0 = 0; t1 = 0; t2 = 0; t3 = 0; t4 = 0
        firstUpper = false; anyLower = false; tokenScript = .latin
        slots = 0; slotCount = 0
    }

    @inline(__always) mutating func feed(_ v: UInt32, into e: inout LanguageEvidence) {
        let script: Script
        if v < 0x80 {
            if (v | 0x20) &- 0x61 < 26 {
                script = .latin
            } else if v == 0x2D && length > 0 && tokenScript == .cyrillic {
                // Russian "из-за", "кое-что": the hyphen stays inside Cyrillic words.
                push(v)
                return
            } else {
                flush(into: &e)
                return
            }
        } else if let s = Script.of(v) {
            script = s
        } else if v >= 0x300 && v < 0x370 {
            return  // combining mark: part of the word, not hashed
        } else {
            flush(into: &e)
            return
        }
        switch script {
        case .latin: latin += 1
        case .cyrillic: cyrillic += 1
        default: e.scripts[script.rawValue] += 1
        }
        let lower = lowerScalar(v)
        if length == 0 {
            tokenScript = script
            firstUpper = lower != v
        } else if lower == v {
            anyLower = true
        }
        if lower < 0x80 {
            if lower == 0x71 || lower == 0x78 { qx += 1 }
        } else if lower >= EvidenceTables.letterBase && lower < EvidenceTables.letterEnd {
            if lower == 0x259 { schwa += 1 }
            let slot = letterSlot[Int(lower &- EvidenceTables.letterBase)]
            if slot != 0 && slotCount < 8 {
                slots |= UInt64(slot) << UInt64(8 * slotCount)
                slotCount += 1
            }
        }
        push(lower)
    }

    @inline(__always) mutating func push(_ lower: UInt32) {
        hash = TokenHash.add(hash, lower)
        length += 1
        t0 = t1; t1 = t2; t2 = t3; t3 = t4; t4 = lower
        switch length {
        case 4: p4 = hash
        case 5: p5 = hash
        case 6: p6 = hash
        case 7: p7 = hash
        case 8: p8 = hash
        default: break
        }
    }

    @inline(__always) func apply(_ key: UInt64, into e: inout LanguageEvidence) {
        guard let range = table.lookup(key) else { return }
        for i in Int(range.lowerBound)..<Int(range.upperBound) {
            let p = table.postings[i]
            if p.groupOnly { e.groupScores[Int(p.language)] += p.weight }
            else { e.scores[Int(p.language)] += p.weight }
        }
    }

    mutating func flush(into e: inout LanguageEvidence) {
        guard length > 0 else { return }
        defer {
            hash = TokenHash.seed; length = 0; slots = 0; slotCount = 0; firstUpper = false; anyLower = false
        }
        // Letters: a capitalised word (a name, often foreign) counts half.
        if slotCount > 0 {
            let w: UInt16 = firstUpper && anyLower ? 1 : 2
            for i in 0..<slotCount {
                let slot = Int((slots >> UInt64(8 * i)) & 0xFF) - 1
                letterCounts[slot] &+= w
            }
        }
        guard tokenScript == .latin || tokenScript == .cyrillic, length <= 24 else { return }
        tokens += 1
        apply(TokenHash.word(hash), into: &e)
        if previous != 0 { apply(TokenHash.pair(previous, hash), into: &e) }
        previous = hash
        if length >= 4 {
            apply(TokenHash.prefix(p4), into: &e)
            if length >= 5 { apply(TokenHash.prefix(p5), into: &e) }
            if length >= 6 { apply(TokenHash.prefix(p6), into: &e) }
            if length >= 7 { apply(TokenHash.prefix(p7), into: &e) }
            if length >= 8 { apply(TokenHash.prefix(p8), into: &e) }
            // Endings of 2…5 letters, leaving at least two letters before them.
            var h = TokenHash.seed
            h = TokenHash.add(h, t3)
            h = TokenHash.add(h, t4)
            apply(TokenHash.suffix(h), into: &e)
            if length >= 5 { apply(TokenHash.suffix(TokenHash.add(TokenHash.add(TokenHash.add(TokenHash.seed, t2), t3), t4)), into: &e) }
            if length >= 6 {
                apply(TokenHash.suffix(TokenHash.add(TokenHash.add(TokenHash.add(TokenHash.add(TokenHash.seed, t1), t2), t3), t4)), into: &e)
            }
            if length >= 7 {
                var h5 = TokenHash.add(TokenHash.seed, t0)
                h5 = TokenHash.add(TokenHash.add(TokenHash.add(TokenHash.add(h5, t1), t2), t3), t4)
                apply(TokenHash.suffix(h5), into: &e)
            }
        }
    }

    mutating func finish(into e: inout LanguageEvidence) {
        flush(into: &e)
        for slot in 0..<letterCounts.count where letterCounts[slot] > 0 {
            let effective = Float(letterCounts[slot]) / 2
            let g = effective <= 1 ? effective : min(3.5, 1 + 0.5 * log2(effective))
            for (language, weight) in EvidenceTables.letterWeights[slot] { e.scores[language] += weight * g }
        }
        e.scripts[Script.latin.rawValue] += latin
        e.scripts[Script.cyrillic.rawValue] += cyrillic
        e.tokens = tokens
        e.qx = qx
        e.schwa = schwa
    }
}
