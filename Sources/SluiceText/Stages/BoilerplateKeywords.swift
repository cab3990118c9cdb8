// Multilingual keyword tables of the boilerplate stage. Entries are folded like the text (lowercase,
// Latin/Cyrillic/Greek diacritics stripped, ı/İ → i, ’ → '), so `Paylaş`, `PAYLAS` and `paylaş` are one
// entry. Phrases are `|`-separated; words are matched whole (token by token).

/// Why a paragraph was removed; raw values are the stable reason strings.
enum BoilerplateReason: UInt16, CaseIterable {
    case cookie = 1, advertisement, photoCredit, related, category, comment, navigation, share, subscription,
         copyright, otherLanguage, template

    var name: String {
        switch self {
        case .cookie: "cookie-notice"
        case .advertisement: "advertisement"
        case .photoCredit: "photo-credit"
        case .related: "related-list"
        case .category: "category-list"
        case .comment: "comment-notice"
        case .navigation: "navigation"
        case .share: "share-buttons"
        case .subscription: "subscription"
        case .copyright: "copyright"
        case .otherLanguage: "other-language"
        case .template: "template"
        }
    }
}

/// How a phrase must sit in its line.
enum PhraseMode: UInt8 {
    /// The whole line (numbers and punctuation aside) is the phrase: `Reklam`, `Share`, `Comments (3)`.
    case exact = 0
    /// The line starts with the phrase and is short: `Share on Facebook and…`, `Subscribe to our newsletter`.
    case start = 1
    /// The phrase is anywhere in a short line: `All rights reserved`.
    case anywhere = 2
    /// A label: the phrase then `:` (or `|`, `-`, `»`) and content: `Kategoriler: Dış Açı`, `Foto: NTB`.
    /// Alone on its line it heads a list (tags, categories).
    case label = 3
    /// A related-articles heading: alone (or with `:`) it starts a list; with content after `:` it is one
    /// related line.
    case heading = 4
    /// A heading that may be followed directly by a headline without `:`: `les også Russland og NATO…`.
    case strongHeading = 5
}

enum BoilerplateKeywords {
    static let phrases: PhraseTable = {
        var t = PhraseTable()
        func add(_ r: BoilerplateReason, _ m: PhraseMode, _ list: String) { t.add(list, tag: r.rawValue, mode: m.rawValue) }

        // MARK: advertisement
        add(.advertisement, .exact, """
        reklam|reklama|reklāma|реклама|рекламa|advertisement|advertisements|advertising|advert|ad|ads|annonse|annons|annonce|\
        annoncer|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|sponsored|sponsored content|sponsored by|sponset|\
        sponsorert|sponsorert innhold|annonsørinnhold|partnerinnhold|gesponsert|sponsorisé|patrocinado|patrocinio|reklaam|mainos|\
        hirdetés|oglas|oglasi|reclame|reclamă|advertentie|reklamë|գովազդ|რეკლამა|promoted|promoted content|paid content|paid post|\
        advertorial|ad feedback|reklam alanı|sponsorlu|sponsorlu içerik|спонсорский материал|партнерский материал|на правах рекламы|\
        реклама 18|erid|story continues below advertisement|article continues below advertisement|continue reading below|\
        advertisement continue reading below|scroll to continue with content|advertisement scroll to continue|\
        artikkelen fortsetter under annonsen|saken fortsetter under annonsen|annonse slutt|reklam kapat|skip ad|skip advertisement|\
        werbung schließen|anzeige schließen|publicidade continua após a publicidade|continua após a publicidade|\
        la publicidad continúa|continua dopo la pubblicità|реклама продолжение ниже|продолжение после рекламы|\
        reklāmas|reklamos|reklamowe|materiał sponsorowany|sponsorowane|komerční sdělení|reklamní sdělení|placený obsah|\
        fizetett tartalom|hirdetés vége|conținut sponsorizat|publicitate|ogłoszenie|reklaami|mainos päättyy|annons slut|annonce slut
        """)
        add(.advertisement, .start, """
        advertisement|sponsored content|sponsored by|paid content|paid partnership|reklam içerik|sponsorlu içerik|\
        sponsorert innhold|annonsørinnhold|anzeige|реклама на сайте|на правах рекламы|партнерский материал|спонсорский материал
        """)

        // MARK: photo credits (labels)
        add(.photoCredit, .label, """
        foto|fotos|photo|photos|photograph|photography|photo credit|photo credits|image|images|image credit|image source|\
        picture|pictures|pic|credit|credits|illustration|illustrasjon|illustrationsfoto|ilustrācija|illustratsioon|iliustracija|\
        ilustracja|ilustrace|ilustración|ilustração|illustrazione|fotoğraf|fotoğraflar|görsel|kapak fotoğrafı|фота|fotograf|fotografija|\
        fotografia|fotografie|fotografi|fotó|fotka|fot|zdjęcie|zdj|nuotr|nuotrauka|nuotraukos|kuva|kuvat|bild|bilder|bilde|\
        bildkälla|billede|fotografering|foto/video|photo/video|фото|фотография|фотографія|фотографии|снимка|снимки|фотографија|\
        изображение|иллюстрация|ілюстрація|фото и видео|фото/видео|ֆոտո|լուսանկար|լուսանկարը|լուսանկարներ|ფოტო|ფოტოები|\
        video|видео|vídeo|wideo|videó|kaynak fotoğraf|foto kilde|kilde foto|source photo|photo source|φωτο|φωτογραφία|\
        φωτογραφίες|εικόνα|snímek|snímka|snímky|slika|slike|слика|слике|pilt|kép|képek|imagine|світлина
        """)
        add(.photoCredit, .start, """
        photo by|photos by|photo courtesy|photo courtesy of|picture by|image by|image courtesy|foto av|foto von|foto de|foto di|\
        photo de|foto door|foto af|fotó:|фото автора|фото предоставлено|фото из открытых источников|фото из архива|\
        фото с сайта|фото пресс-службы|фото взято|фото предоставлены|getty images|shutterstock|istock|istockphoto|afp photo|\
        ap photo|reuters photo|epa photo|aa photo|bildet er tatt|arşiv fotoğraf|dosya fotoğraf|arkivfoto|arkivbilde|archivfoto|\
        archive photo|file photo|illustrative photo|illustration photo|иллюстративное фото|ілюстративне фото
        """)

        // MARK: related-article headings
        add(.related, .strongHeading, """
        read also|also read|see also|les også|se også|læs også|læs ogsa|läs också|lue myös|loe ka|loe lisaks|lasiet arī|\
        διαβάστε επίσης|διαβάστε ακόμη|διαβάστε ακόμα|δείτε επίσης|σχετικά άρθρα|σχετικές ειδήσεις|\
        lexoni gjithashtu|lesið einnig|sjá einnig|կարդացեք նաև|տես նաև|առնչվող նյութեր|առնչվող լուրեր|ასევე წაიკითხეთ|ასევე იხილეთ|oxu həmçinin|\
        lasi arī|lasiet vēl|skatiet arī|taip pat skaitykite|skaitykite taip pat|читайте также|читайте еще|читайте ещё|\
        читайте також|читайте тоже|чытайце таксама|прочетете още|прочетете също|прочитајте још|прочитајте и|\
        прочитајте више|читајте још|читајте и|смотрите также|см также|ilgili haber|ilgili haberler|önceki haber|\
        önceki haberler|sonraki haber|sonraki haberler|bunu da okuyun|şunu da okuyun|ayrıca okuyun|bu haberi de okuyun|\
        bu haberlere de göz atın|czytaj także|czytaj też|czytaj również|zobacz także|zobacz też|zobacz również|\
        przeczytaj także|przeczytaj również|przeczytaj też|lesen sie auch|mehr zum thema|auch interessant|lire aussi|\
        à lire aussi|lire également|à lire également|voir aussi|leer también|lee también|lea también|ver también|\
        leggi anche|leggi pure|vedi anche|leia também|veja também|lees ook|bekijk ook|citește și|citește mai mult|\
        vezi și|citeste si|vezi si|pročitajte i|pročitajte još|pročitajte više|čitajte i|čitajte još|procitajte i|\
        procitajte jos|preberite tudi|preberite še|přečtěte si také|přečtěte si|čtěte také|čtěte též|čítajte aj|\
        čítajte tiež|prečítajte si|olvassa el ezt is|ezt is olvassa el|olvasson tovább|lexo edhe|lexoni edhe|\
        lexo më shumë|lexo gjithashtu|lexoni gjithashtu|կարդացեք նաև|կարդալ նաև|կարդացեք նաեւ|ասևե կարդացեք|\
        ասեւ կարդացեք|ასევე წაიკითხეთ|წაიკითხეთ ასევე|იხილეთ ასევე|ნახეთ ასევე|ასევე იხილეთ|more on this story|\
        more on this topic|related article|related articles|related stories|related story|related news|related content|\
        related coverage|related links|related posts|related reading|relaterte saker|relatert|relaterade artiklar|\
        relaterede artikler|aiheesta muualla|seotud|saistītie raksti|susiję straipsniai|susijusios naujienos|по теме|\
        ещё по теме|еще по теме|новости по теме|материалы по теме|на ту же тему|по темі|пов'язані новини|\
        İlgili içerikler|ilgili içerik|konuyla ilgili haberler|benzer haberler|daha fazla haber|read full article|\
        read the full story|read the full article|les hele saken|läs hela artikeln|lue koko juttu|читать полностью|\
        continua a leggere|leia a matéria completa|lees verder|прочитајте цео текст
        """)
        add(.related, .heading, """
        read more|les mer|læs mere|läs mer|skaitykite|смотрите|czytaj więcej|lesen sie mehr|lesen sie hier|leer más|\
        lee más|leia mais|lees meer|also on|more on this|related|daha fazla|daha fazla göster|devamını oku|\
        haberin devamı|continue reading|les saken|lue lisää|loe edasi|lasīt vairāk|skaityti daugiau|читать далее|\
        подробнее|weiterlesen|mehr lesen|lire la suite|leer más|czytaj dalej|čtěte dále|čítajte ďalej|tovább|\
        citește continuarea|pročitaj više|preberi več|lexo më tej|ավելին|ვრცლად|детальніше|още|\
        more|more news|more stories|more from|more articles|more videos|recommended|recommended for you|recommended stories|\
        you may also like|you might also like|you may be interested in|you might be interested in|popular|most popular|most read|\
        most viewed|most shared|trending|trending now|top stories|top news|latest|latest news|latest stories|latest articles|\
        editor's picks|editors' picks|don't miss|must read|further reading|in other news|other news|other stories|news feed|\
        mest lest|mest lest nå|mest leste|siste nytt|siste nyheter|siste saker|anbefalt|anbefalte saker|flere saker|mer fra|\
        andre saker|flere nyheter|mest läst|mest lästa|senaste nytt|senaste nyheter|fler artiklar|mest læste|seneste nyt|\
        seneste nyheder|flere nyheder|diğer haberler|en çok okunanlar|en çok okunan|çok okunanlar|çok okunan haberler|\
        son haberler|son dakika haberleri|editörün seçtikleri|öne çıkanlar|bunlar da ilginizi çekebilir|ilginizi çekebilir|\
        gündemdeki haberler|похожие новости|похожие материалы|похожие статьи|другие новости|последние новости|\
        самое читаемое|самое популярное|популярное|популярные новости|рекомендуем|вам может быть интересно|\
        лента новостей|новости партнеров|главное за день|выбор редакции|все новости|meistgelesen|am meisten gelesen|\
        neueste artikel|weitere artikel|weitere nachrichten|das könnte sie auch interessieren|empfehlungen|top-themen|\
        les plus lus|à lire|dernières actualités|dernières infos|sur le même sujet|dans la même rubrique|vous aimerez aussi|\
        à découvrir|más leídas|lo más leído|lo más visto|últimas noticias|noticias relacionadas|te puede interesar|\
        también te puede interesar|más noticias|più letti|più lette|ultime notizie|articoli correlati|potrebbe interessarti|\
        ti potrebbe interessare|altre notizie|mais lidas|últimas notícias|notícias relacionadas|você pode gostar|mais notícias|\
        meest gelezen|laatste nieuws|gerelateerde artikelen|meer nieuws|najczęściej czytane|najnowsze|najpopularniejsze|\
        polecamy|podobne artykuły|więcej informacji|populiariausi|naujausi|naujausios naujienos|daugiau naujienų|\
        populārākie|lasītākie|jaunākās ziņas|jaunākie|vairāk ziņu|citas ziņas|loetumad|loetuimad|uusimad|viimased uudised|\
        seotud artiklid|luetuimmat|uusimmat|tuoreimmat|aiheeseen liittyvät|lisää aiheesta|najčitanije|najnovije|\
        povezane vijesti|povezano|vezane vijesti|slične vijesti|povezani članki|najbolj brano|nejčtenější|nejnovější|\
        související články|související|najčítanejšie|najnovšie|legolvasottabb|legfrissebb|kapcsolódó cikkek|kapcsolódó|\
        cele mai citite|ultimele știri|articole similare|articole asemănătoare|știri similare|më të lexuarat|të fundit|\
        lajme të ngjashme|lajmet e fundit|lajme të tjera|ամենաընթերցվածը|վերջին լուրեր|նմանատիպ նյութեր|առնչվող|\
        այլ նորություններ|ყველაზე კითხვადი|ბოლო სიახლეები|მსგავსი სიახლეები|სხვა სიახლეები|найпопулярніше|останні новини|\
        схожі новини|інші новини|най-четени|последни новини|свързани новини|още новини|најчитаније|најновије|повезане вести|\
        слична вест|сличне вести|најчитано
        """)

        // MARK: categories and tags
        add(.category, .label, """
        tags|tag|tagged|tagged with|topics|topic|keywords|categories|category|filed under|posted in|more about|emneord|stikkord|\
        stikkord|emner|emne|tema|temaer|kategorier|kategori|ämnen|ämne|taggar|nyckelord|schlagwörter|schlagworte|stichwörter|\
        stichworte|themen|thema|kategorien|kategorie|mots-clés|mots clés|thèmes|thème|catégories|catégorie|sujets|etiquetas|\
        temas|categorías|categoría|palabras clave|argomenti|argomento|parole chiave|categorie|categoria|palavras-chave|\
        tópicos|assuntos|trefwoorden|onderwerpen|labels|categorieën|tagi|słowa kluczowe|tematy|temat|žymos|žymės|temos|\
        raktažodžiai|kategorijos|kategorija|birkas|atslēgvārdi|tēmas|kategorijas|sildid|märksõnad|teemad|kategooriad|rubriik|\
        avainsanat|tunnisteet|aiheet|aihe|luokat|kategoriat|oznake|ključne riječi|ključne besede|teme|kategorije|štítky|\
        klíčová slova|témata|rubriky|rubrika|kľúčové slová|címkék|kulcsszavak|témák|kategóriák|rovat|etichete|cuvinte cheie|\
        subiecte|categorii|etiketa|etiketat|fjalë kyçe|kategoritë|kategoria|temat|kategoriler|etiketler|etiket|\
        anahtar kelimeler|konular|ilgili konular|haber etiketleri|теги|тэги|метки|ключевые слова|темы|рубрики|рубрика|\
        категории|категория|мітки|теги|ключові слова|теми|категорія|етикети|ключови думи|тагове|етикете|кључне речи|\
        теме|категорије|պիտակներ|թեգեր|բանալի բառեր|թեմաներ|բաժին|կատեգորիա|ტეგები|თეგები|საკვანძო სიტყვები|თემები|\
        კატეგორია|რუბრიკა|tegid|tagit
        """)

        // MARK: comments
        add(.comment, .exact, """
        comments|comment|add comment|add a comment|leave a comment|leave a reply|post a comment|write a comment|show comments|\
        view comments|no comments|join the discussion|join the conversation|discussion|kommentarer|kommentar|kommenter|\
        kommentere|se kommentarer|skriv en kommentar|vis kommentarer|diskusjon|diskuter|yorumlar|yorum|yorum yap|yorum yaz|\
        yorum ekle|yorumları göster|yorumlar kapalı|tartışma|комментарии|комментарий|комментировать|оставить комментарий|\
        добавить комментарий|обсуждение|kommentare|kommentieren|kommentar schreiben|diskussion|commentaires|commentaire|\
        commenter|réagir|comentarios|comentario|comentar|commenti|commenta|commento|comentários|comentário|reacties|reactie|\
        reageer|komentarze|komentarz|skomentuj|dodaj komentarz|komentāri|komentēt|kommentaarid|kommenteeri|komentarai|\
        komentuoti|kommentit|kommentoi|komentari|komentar|komentiraj|komentáře|komentovat|hozzászólások|hozzászólás|kommentek|\
        comentarii|comentariu|komente|koment|komento|մեկնաբանություններ|մեկնաբանել|კომენტარები|კომენტარი|коментарі|\
        коментар|коментари|коментирай|kommentarar|komentáre|komentáře|kommentarer
        """)
        add(.comment, .start, """
        comments are closed|you must be logged in|log in to comment|log in to leave a comment|to leave a comment|\
        be the first to comment|no comments yet|there are no comments|kommentarfeltet er stengt|kommentarer er stengt|\
        kommentarfeltet|du må være logget inn|yorum yapabilmek için|yorum yapmak için|bu habere henüz yorum yapılmamış|\
        henüz yorum yapılmamış|ilk yorumu siz yapın|ilk yorumu sen yap|yorumlar kapalı|комментарии закрыты|\
        чтобы оставить комментарий|для того чтобы оставить комментарий|войдите чтобы оставить комментарий|\
        комментарии к этой|die kommentarfunktion|kommentare sind geschlossen|les commentaires sont fermés|\
        los comentarios están cerrados|i commenti sono chiusi|os comentários estão encerrados|komentarze są wyłączone|\
        komentāri ir slēgti|kommentaarid on suletud|komentarai išjungti|kommentointi on suljettu|kommentarerna är stängda|\
        коментарі закриті|добавете коментар|оставете коментар|reageren is niet meer mogelijk|reageren is niet mogelijk|\
        commenting is closed|commenting has been disabled|comments have been closed|comments are disabled|\
        kommentieren ist nicht mehr möglich|die kommentarfunktion ist geschlossen|il n'est plus possible de commenter|\
        les commentaires sont désactivés|ya no es posible comentar|los comentarios están desactivados|\
        non è più possibile commentare|não é mais possível comentar|kommentering er stengt|kommentarsfältet är stängt|\
        det går inte längre att kommentera|kommentarsporet er lukket|komentowanie zostało wyłączone|komentáře jsou uzavřeny|\
        комментирование закрыто|коментування закрито|yorumlar kapatılmıştır
        """)

        // MARK: navigation
        add(.navigation, .exact, """
        home|homepage|home page|forside|forsiden|startside|startseite|accueil|inicio|portada|ana sayfa|anasayfa|главная|\
        главная страница|на главную|strona główna|sākums|sākumlapa|avaleht|pradžia|pagrindinis|etusivu|hem|startsida|\
        kezdőlap|címlap|početna|naslovna|úvod|domů|titulní strana|acasă|prima pagină|ballina|faqja kryesore|գլխավոր|მთავარი|\
        головна|начало|насловна|почетна|menu|menü|меню|meny|valikko|menüü|izvēlne|meniu|meni|main menu|navigation|\
        toggle navigation|skip to content|skip to main content|gå til innhold|hopp til innhold|hopp til hovedinnhold|\
        içeriğe geç|перейти к содержанию|zum inhalt springen|aller au contenu|ir al contenido|vai al contenuto|\
        search|søk|sök|suche|ara|arama|поиск|szukaj|recherche|rechercher|buscar|cerca|pesquisar|zoeken|meklēt|otsi|paieška|\
        ieškoti|haku|keresés|pretraga|hledat|căutare|kërko|որոնում|ძიება|пошук|търсене|претрага|back to top|to top|\
        tilbake til toppen|til toppen|başa dön|yukarı çık|наверх|nach oben|haut de page|volver arriba|torna su|voltar ao topo|\
        naar boven|do góry|į viršų|uz augšu|üles|ylös|till toppen|next|previous|prev|next article|previous article|next story|\
        previous story|neste|forrige|neste sak|forrige sak|sonraki|önceki|далее|назад|следующая|предыдущая|\
        следующая статья|предыдущая статья|weiter|zurück|suivant|précédent|article suivant|article précédent|siguiente|\
        anterior|successivo|precedente|log in|login|sign in|logg inn|giriş|giriş yap|üye ol|kayıt ol|üye girişi|войти|вход|\
        регистрация|anmelden|se connecter|connexion|iniciar sesión|accedi|entrar|inloggen|zaloguj|zaloguj się|pieslēgties|\
        logi sisse|prisijungti|kirjaudu|logga in|log ind|prijava|prijavi se|přihlásit|přihlásit se|bejelentkezés|autentificare|\
        hyr|մուտք|შესვლა|увійти|пријава|sections|all sections|more sections|site map|sitemap|site haritası|карта сайта|\
        about us|contact|contact us|contacts|om oss|kontakt|kontakt oss|hakkımızda|iletişim|künye|о нас|контакты|impressum|\
        über uns|qui sommes-nous|contacto|contatti|contato|o nas|par mums|meist|apie mus|tietoa meistä|yhteystiedot|om os|\
        o nama|kontakti|o nás|kapcsolat|impresszum|despre noi|rreth nesh|kontakti|մեր մասին|կապ|ჩვენ შესახებ|კონტაქტი|\
        про нас|контакти|за нас|контакти|за нас
        """)
        add(.navigation, .start, """
        you are here|du er her|buradasınız|вы здесь|sie sind hier|vous êtes ici|usted está aquí|sei qui|você está aqui|\
        jesteś tutaj|jūs esat šeit|jūs esate čia|olet tässä|du är här|nalazite se|nacházíte se|ön itt van|vă aflați aici
        """)

        // MARK: share buttons
        add(.share, .exact, """
        share|share this|share this article|share article|share this story|share story|share on facebook|share on twitter|\
        share on x|share on whatsapp|share on linkedin|share via email|share via e-mail|share on telegram|tweet|share article|\
        del|del artikkelen|del saken|del på facebook|del på twitter|dela|dela artikeln|del artiklen|jaa|jaa artikkeli|\
        jaa facebookissa|jaga|jaga artiklit|dalīties|kopīgot|dalintis|pasidalinti|paylaş|haberi paylaş|facebook'ta paylaş|\
        twitter'da paylaş|whatsapp'ta paylaş|whatsapp ile paylaş|paylaşın|поделиться|поделиться в facebook|поделитесь|\
        поделиться ссылкой|teilen|artikel teilen|auf facebook teilen|partager|partager sur facebook|partager l'article|\
        partager cet article|compartir|compartir en facebook|compartir en twitter|condividi|condividi su facebook|compartilhar|\
        partilhar|compartilhe|delen|deel|deel dit artikel|udostępnij|podziel się|udostępnij na facebooku|podijeli|podeli|\
        podijelite|podelite|deli|sdílet|sdílejte|zdieľať|megosztás|megosztom|distribuie|distribuiți|shpërndaj|ndaj|ndaje|\
        կիսվել|տարածել|გაზიარება|поширити|поділитися|сподели|подели|споделяне|copy link|copy url|copy the link|kopyala|\
        linki kopyala|bağlantıyı kopyala|kopier lenke|kopier lenken|kopiera länk|скопировать ссылку|ссылка скопирована|\
        link kopieren|copier le lien|copiar enlace|copia link|copiar link|link kopiëren|kopiuj link|kopēt saiti|\
        kopijuoti nuorodą|kopioi linkki|zkopírovat odkaz|link másolása|copiază linkul|kopjo linkun|print|yazdır|skriv ut|\
        drucken|imprimer|imprimir|stampa|drukuj|печать|распечатать|tulosta|trükki|drukāt|spausdinti|ispis|tisk|nyomtatás|\
        printează|printo|send|send to a friend|email this|e-mail this|e-posta ile gönder|arkadaşına gönder|отправить другу|\
        per e-mail senden|envoyer par e-mail|enviar por correo|invia per email|tips en venn|tipsa en vän|share via|share with|\
        paylaş facebook twitter|facebook twitter|facebook twitter whatsapp|facebook twitter linkedin|facebook whatsapp|\
        whatsapp facebook|facebook messenger|share on facebook share on twitter|zdieľať článok|sdílet článek|sdílejte článek|\
        deli članek|delite članek|podijeli članak|podeli članak|podijelite članak|udostępnij artykuł|dalintis straipsniu|\
        jaa artikkeli|paylaş haberi|поделиться статьей|поділитися статтею
        """)
        add(.share, .start, """
        share on|share this article on|follow us on|follow us|bizi takip edin|bizi takip et|bizi sosyal medyada takip edin|\
        følg oss på|følg oss|следите за нами|подписывайтесь на нас|подписывайтесь на наш канал|подписывайтесь на наш telegram|\
        присоединяйтесь к нам|folge uns|folgen sie uns|suivez-nous|suivez nous|síguenos|seguici|siga-nos|siga nos|volg ons|\
        obserwuj nas|sekite mus|sekojiet mums|sekojiet mums arī|jälgi meid|seuraa meitä|följ oss|følg os|pratite nas|sledujte nás|\
        kövess minket|kövessen minket|urmărește-ne|urmăriți-ne|na ndiqni|ndiqni në|հետևեք մեզ|გამოგვყევით|стежте за нами|\
        слідкуйте за нами|последвайте ни|пратите нас|telegram kanalımıza|telegram kanalımızı|whatsapp kanalımıza|\
        abone olun telegram|nrk på facebook|del denne saken|del artikkelen på
        """)

        // MARK: subscription
        add(.subscription, .exact, """
        subscribe|subscribe now|subscribe today|sign up|sign up now|newsletter|newsletters|our newsletter|get our newsletter|\
        already a subscriber|already subscribed|become a subscriber|become a member|support our journalism|support us|\
        subscribers only|for subscribers|for subscribers only|premium|plus|bli abonnent|abonner|abonner nå|allerede abonnent|\
        kjøp abonnement|nyhetsbrev|meld deg på|meld deg på nyhetsbrevet|abone ol|abone olun|bültene abone ol|e-bülten|\
        e-bülten aboneliği|haber bülteni|bülten|подписаться|подпишитесь|подписка|оформить подписку|рассылка|\
        подпишитесь на рассылку|abonnieren|jetzt abonnieren|newsletter abonnieren|abo|abonnement|s'abonner|abonnez-vous|\
        inscrivez-vous|je m'abonne|suscríbete|suscribirse|suscribete|iscriviti|abbonati|abbonamento|assine|assine já|\
        inscreva-se|abonneer|abonneren|schrijf je in|nieuwsbrief|subskrybuj|zapisz się|zaprenumeruj|newsletter zapisz się|\
        prenumeruok|prenumeruokite|užsiprenumeruokite|naujienlaiškis|abonēt|abonē|pierakstīties|jaunumu vēstule|telli|\
        tellige|liitu|uudiskiri|tilaa|tilaa uutiskirje|uutiskirje|prenumerera|prenumerera nu|nyhetsbrev|abonnér|tilmeld|\
        tilmeld dig|nyhedsbrev|pretplati se|pretplatite se|newsletter prijava|predplatné|předplatné|odebírat|odebírat novinky|\
        feliratkozás|iratkozzon fel|hírlevél|abonează-te|abonare|abonare newsletter|abonohu|regjistrohu|buletini|\
        բաժանորդագրվել|բաժանորդագրություն|გამოიწერე|გამოწერა|підписатися|підпишіться|розсилка|абонирай се|\
        абонирайте се|бюлетин|претплати се|претплатите се
        """)
        add(.subscription, .start, """
        subscribe to|subscribe for|sign up for|sign up to|sign up and|get the latest|get our|get breaking news|\
        to continue reading|to read the full article|this article is for subscribers|this content is for subscribers|\
        this is premium content|register for free|create a free account|already have an account|bli abonnent|\
        article réservé aux abonnés|réservé aux abonnés|contenu réservé aux abonnés|nur für abonnenten|solo para suscriptores|\
        contenido exclusivo para suscriptores|riservato agli abbonati|articolo riservato agli abbonati|exclusivo para assinantes|\
        kun for abonnenter|endast för prenumeranter|kun for abonnenter|vain tilaajille|tylko dla subskrybentów|\
        pouze pro předplatitele|len pre predplatiteľov|samo za pretplatnike|только для подписчиков|лише для передплатників|\
        sadece abonelere|csak előfizetőknek|doar pentru abonați|alleen voor abonnees|\
        allerede abonnent|denne artikkelen er for abonnenter|kun for abonnenter|les hele saken med|få tilgang|\
        meld deg på nyhetsbrevet|abone olmak için|bültenimize abone|e-bültenimize|e-bültene|haber bültenimize|\
        günlük bültenimize|подпишитесь на|подписывайтесь на|оформите подписку|чтобы читать|чтобы продолжить чтение|\
        только для подписчиков|abonnieren sie|jetzt weiterlesen mit|melden sie sich|abonnez-vous|inscrivez-vous à notre|\
        suscríbete a|suscríbase|iscriviti alla|assine a|inscreva-se|schrijf je in voor|abonneer je|zapisz się do|\
        zaprenumeruj|prenumeruokite|abonējiet|telli|tilaa|prenumerera på|tilmeld dig|pretplatite se na|přihlaste se k odběru|\
        iratkozzon fel|abonează-te la|abonohuni|բաժանորդագրվեք|გამოიწერეთ|підпишіться на|абонирайте се за|пријавите се
        """)
        add(.subscription, .anywhere, """
        please contact us for subscription options|subscription options|abonelik için lütfen iletişime geçiniz|\
        abonelik için lütfen|aboneliğe özel|для оформления подписки|sign up for our newsletter|subscribe to our newsletter|\
        subscribe to our channel|abonner på nyhetsbrevet|bültenimize abone olun|подпишитесь на нашу рассылку|\
        подписывайтесь на наш канал|newsletter abonnieren|inscrivez-vous à notre newsletter|suscríbete a nuestro boletín|\
        iscriviti alla nostra newsletter|zapisz się do newslettera|abonējiet mūsu|tellige meie uudiskiri|\
        tilaa uutiskirjeemme|prenumerera på vårt nyhetsbrev|pretplatite se na naš newsletter|iratkozzon fel hírlevelünkre
        """)
        // Source-citation and reproduction notices anywhere in a short line: `Saytdan istifadə zamanı istinad mütləqdir.`,
        // `(foto d'archivio) - RIPRODUZIONE RISERVATA`.
        add(.copyright, .anywhere, """
        istinad mütləqdir|istinad olunmalıdır|riproduzione riservata|ссылка обязательна|ссылка на источник обязательна|\
        посилання обов'язкове|hivatkozás kötelező|nuoroda privaloma|atsauce obligāta|viide kohustuslik|\
        kaynak gösterilmesi zorunludur|citiranje obavezno|navođenje izvora obavezno|uvedení zdroje povinné|\
        powołanie się na źródło wymagane|hyperlink obligatoriu|հղումը պարտադիր է|წყაროს მითითება სავალდებულოა
        """)
        // Notification prompts: `Trykk her for å få varsler fra oss når det skjer noe nytt`.
        add(.subscription, .start, """
        trykk her for å få varsler|klikk her for å få varsler|få varsler fra oss|slå på varsler|aktiver varsler|\
        aktiver pushvarsler|tryck här för att få notiser|aktivera notiser|slå notifikationer til|turn on notifications|\
        enable notifications|enable push notifications|get notifications|get notified|click here to get notifications|\
        benachrichtigungen aktivieren|aktivieren sie benachrichtigungen|activez les notifications|activer les notifications|\
        activa las notificaciones|attiva le notifiche|ative as notificações|zet meldingen aan|włącz powiadomienia|\
        zapněte si upozornění|kapcsolja be az értesítéseket|activează notificările|включите уведомления|\
        включить уведомления|увімкніть сповіщення|bildirimleri aç|bildirimleri açın|uključite obavijesti|uključite obaveštenja
        """)
        // Paywall notices anywhere in a short line, per language: `Cet article vous est offert. Pour lire gratuitement
        // les articles réservés aux abonnés, connectez-vous`.
        add(.subscription, .anywhere, """
        cet article vous est offert|réservés aux abonnés|réservé aux abonnés|réservée aux abonnés|reserved for subscribers|\
        exclusive to subscribers|exclusive for subscribers|subscriber-only|subscriber only content|this article is free to read|\
        nur für abonnenten|exklusiv für abonnenten|für abonnenten sichtbar|exclusivo para suscriptores|solo para suscriptores|\
        riservato agli abbonati|riservati agli abbonati|riservata agli abbonati|exclusivo para assinantes|exclusivo para subscritores|\
        exclusief voor abonnees|alleen voor abonnees|kun for abonnenter|bare for abonnenter|endast för prenumeranter|\
        kun for abonnenter|tylko dla subskrybentów|tylko dla prenumeratorów|tylko dla abonentów|pouze pro předplatitele|\
        len pre predplatiteľov|только для подписчиков|лише для передплатників|sadece abonelere|abonelere özel|\
        csak előfizetőknek|doar pentru abonați|samo za pretplatnike|само за претплатнике|само за абонати|vain tilaajille|\
        tik prenumeratoriams|tikai abonentiem|ainult tellijatele|vetëm për abonentët|μόνο για συνδρομητές|\
        միայն բաժանորդների համար|მხოლოდ გამომწერებისთვის|yalnız abunəçilər üçün
        """)

        // MARK: copyright
        add(.copyright, .start, """
        copyright|all rights reserved|alle rettigheter|tüm hakları saklıdır|her hakkı saklıdır|все права защищены|\
        all content|при использовании материалов|при цитировании|использование материалов|полное или частичное копирование|\
        перепечатка материалов|копирование материалов|materyallerin|bu sitede yayınlanan|sitede yayımlanan|\
        anadolu ajansı web sitesinde|anadolu agency website|на веб-сайте агентства анадолу|\
        reproduction interdite|toute reproduction|la reproducción|è vietata la riproduzione|wszelkie prawa|\
        kopiering|ettertrykk|eftertryk|uppgifterna får inte|nachdruck|vervielfältigung|\
        visas tiesības aizsargātas|kõik õigused|kaikki oikeudet|alla rättigheter|sva prava|všechna práva|minden jog|toate drepturile|\
        të gjitha të drejtat|բոլոր իրավունքները|ყველა უფლება|усі права|всі права|всички права|сва права|\
        materialų naudojimas|materiālu izmantošana|delfi materjalide|designed by|powered by|developed by|site by|\
        web tasarım|yazılım|разработка сайта|сайт разработан
        """)
        add(.copyright, .anywhere, """
        all rights reserved|alle rettigheter forbeholdt|alle rettigheter reservert|tüm hakları saklıdır|her hakkı saklıdır|\
        hakları saklıdır|все права защищены|все права сохранены|alle rechte vorbehalten|tous droits réservés|\
        todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|\
        wszelkie prawa zastrzeżone|visos teisės saugomos|visas tiesības aizsargātas|visas tiesības paturētas|\
        kõik õigused kaitstud|kaikki oikeudet pidätetään|alla rättigheter förbehållna|alle rettigheder forbeholdes|\
        sva prava pridržana|sva prava zadržana|sva prava zaštićena|vse pravice pridržane|všechna práva vyhrazena|\
        všetky práva vyhradené|minden jog fenntartva|toate drepturile rezervate|të gjitha të drejtat e rezervuara|\
        të gjitha të drejtat të rezervuara|բոլոր իրավունքները պաշտպանված են|ყველა უფლება დაცულია|усі права захищені|\
        всі права захищені|всички права запазени|сва права задржана|сва права су задржана|сите права се задржани|\
        izmantošanas noteikumi|terms of use|terms of service|kullanım koşulları|условия использования|nutzungsbedingungen|\
        conditions d'utilisation|términos de uso|termini di utilizzo|termos de uso|gebruiksvoorwaarden|regulamin|\
        lietošanas noteikumi|kasutustingimused|naudojimo taisyklės|käyttöehdot|användarvillkor|brugsbetingelser|\
        uvjeti korištenja|podmínky použití|felhasználási feltételek|termeni și condiții|kushtet e përdorimit|\
        օգտագործման պայմաններ|გამოყენების პირობები|умови використання|условия за ползване|услови коришћења
        """)

        // MARK: cookie/consent buttons and privacy links
        add(.cookie, .exact, """
        accept|accept all|accept cookies|accept all cookies|reject|reject all|i agree|agree|got it|i understand|allow all|\
        allow cookies|manage cookies|cookie settings|cookie policy|cookies policy|privacy policy|privacy settings|privacy|\
        manage preferences|manage consent|consent|kabul et|kabul ediyorum|tümünü kabul et|reddet|çerez politikası|\
        çerez ayarları|gizlilik politikası|kvkk|kvkk aydınlatma metni|aydınlatma metni|kişisel verilerin korunması|godta|\
        godta alle|aksepter|aksepter alle|avvis|jeg forstår|personvern|personvernerklæring|informasjonskapsler|\
        принять|принять все|согласен|я согласен|отклонить|политика конфиденциальности|политика cookie|\
        akzeptieren|alle akzeptieren|ablehnen|einverstanden|datenschutz|datenschutzerklärung|cookie-einstellungen|\
        accepter|tout accepter|refuser|j'accepte|politique de confidentialité|confidentialité|aceptar|aceptar todo|\
        rechazar|política de privacidad|accetta|accetto|accetta tutti|rifiuta|aceitar|aceito|rejeitar|\
        política de privacidade|accepteren|alles accepteren|weigeren|privacybeleid|akceptuję|zgadzam się|akceptuj|\
        odrzuć|polityka prywatności|sutinku|priimti|atmesti|privatumo politika|piekrītu|pieņemt|noraidīt|\
        privātuma politika|sīkdatņu politika|nõustun|nõustu|keeldu|privaatsuspoliitika|küpsiste kasutamine|hyväksy|\
        hyväksy kaikki|hylkää|tietosuojaseloste|evästeasetukset|acceptera|godkänn|avvisa|integritetspolicy|\
        accepter alle|acceptér|afvis|privatlivspolitik|prihvati|prihvaćam|odbij|politika privatnosti|souhlasím|\
        přijmout|odmítnout|zásady ochrany osobních údajů|súhlasím|elfogadom|elfogad|elutasít|adatvédelmi nyilatkozat|\
        adatvédelem|accept toate|sunt de acord|politica de confidențialitate|pranoj|pranoj të gjitha|refuzo|\
        politika e privatësisë|ընդունել|համաձայն եմ|գաղտնիության քաղաքականություն|მიღება|ვეთანხმები|\
        კონფიდენციალურობის პოლიტიკა|прийняти|погоджуюсь|політика конфіденційності|приемам|съгласен съм|\
        политика за поверителност|прихвати|слажем се|политика приватности
        """)

        // MARK: template junk
        add(.template, .exact, """
        x|close|lukk|kapat|закрыть|schließen|fermer|cerrar|chiudi|fechar|sluiten|zamknij|aizvērt|sulge|uždaryti|sulje|stäng|\
        luk|zatvori|zavřít|zavrieť|bezár|bezárás|închide|mbyll|փակել|დახურვა|закрити|затвори|loading|yükleniyor|загрузка|\
        laster|laster inn|laddar|lädt|wird geladen|chargement|cargando|caricamento|carregando|laden|ładowanie|ielādē|\
        laadimine|laaditakse|kraunama|ladataan|učitavanje|načítání|betöltés|se încarcă|duke u ngarkuar|բեռնվում է|იტვირთება|\
        завантаження|зареждане|учитавање|undefined|null|nan|javascript|play|play video|watch video|watch|videoyu izle|izle|\
        смотреть видео|смотреть|video player|gallery|galeri|галерея|fotogalerii|fotogalerie|photo gallery|bildergalerie|\
        listen|dinle|haberi dinle|слушать|hør artikkelen|lytt|lytt til saken|listen to this article|listen to article|\
        listen to this story|lyssna|kuuntele|kuula|klausytis|klausīties|anhören|écouter|escuchar|ascolta|ouvir|luister|\
        posłuchaj|poslechnout|meghallgatás|ascultă|ձայնագրություն|მოუსმინე|слухати|reading time|min read|minutes read|\
        minute read|lesetid|lesetid min|min lesetid|lesetid minutt|lesetid minutter|lesetid min|lesetid minuttar|\
        leestijd minuten|leestijd minuut|leestijd min|lesezeit|lesezeit minuten|lesedauer minuten|lesezeit min|läsetid minuter|\
        läsetid min|læsetid|læsetid minutter|læsetid min|lukuaika minuuttia|lukuaika min|czas czytania minut|czas czytania min|\
        doba čtení minut|doba čtení minuty|vrijeme čitanja minuta|olvasási idő perc|temps de lecture minutes|temps de lecture min|\
        tiempo de lectura minutos|tiempo de lectura min|tempo di lettura minuti|tempo de leitura minutos|tempo de leitura min|\
        reading time minutes|reading time min|время чтения минут|время чтения минуты|время чтения мин|okuma süresi dakika|\
        lugemisaeg minutit|lasīšanas laiks minūtes|skaitymo laikas min|okuma süresi|dakika okuma|время чтения|время прочтения|lesedauer|\
        minutes de lecture|temps de lecture|minutos de lectura|tiempo de lectura|minuti di lettura|tempo di lettura|\
        tempo de leitura|leestijd|czas czytania|min czytania|lasīšanas laiks|lugemisaeg|skaitymo laikas|lukuaika|läsetid|\
        vrijeme čitanja|doba čtení|olvasási idő|timp de citire|կարդալու ժամանակը|font size|text size|yazı boyutu|\
        yazı tipi boyutu|размер шрифта|skriftstørrelse|schriftgröße|taille du texte|tamaño de letra|a a|a a a|bookmark|\
        save|save article|kaydet|lagre|lagre artikkel|сохранить|merken|speichern|enregistrer|guardar|salva|salvar|opslaan|\
        zapisz|saglabāt|salvesta|išsaugoti|tallenna|spara|gem|spremi|uložit|mentés|salvează|ruaj|պահպանել|შენახვა|\
        зберегти|запази|сачувај|enable javascript|please enable javascript|javascript is disabled|javascript required|\
        your browser does not support|your browser does not support the video tag|tarayıcınız desteklemiyor|\
        ваш браузер не поддерживает|advertisement video|image|bilde|bild|resim|изображение|kuva|attēls|pilt|paveikslėlis|\
        zdjęcie|obrázek|kép|imagine|imazh|պատկեր|სურათი|зображення|english|english version|in english|på norsk|türkçe|\
        русский|русская версия|deutsch|français|español|italiano|português|nederlands|polski|latviešu|eesti|lietuvių|suomi|\
        svenska|dansk|hrvatski|čeština|slovenčina|magyar|română|shqip|հայերեն|ქართული|українська|български|српски|\
        norsk|azərbaycan|қазақша|ўзбекча|o'zbekcha|beta|new|yeni|новое|ny|neu|nouveau|nuevo|nuovo|novo|nieuw|nowy|uus|uusi|\
        live|canlı|прямой эфир|direkte|direkt|en direct|en vivo|in diretta|ao vivo|na żywo|tiešraide|otse|tiesiogiai|\
        suorana|uživo|živě|élő|în direct|drejtpërdrejt|ուղիղ|პირდაპირი|наживо|на живо|уживо|breaking|breaking news|\
        son dakika|срочно|siste nytt|eilmeldung|dernière minute|última hora|ultim'ora|última hora|urgent|pilna versija|\
        mobile version|mobil versiyon|мобильная версия
        """)

        // MARK: more variants (Azerbaijani, Kazakh, South Slavic, Baltic…)
        // Newsroom footers: tip lines and the editor in charge (`Tips oss: 02244`, `Ansvarleg redaktør: Kari Nordbø`).
        add(.template, .label, """
        tips oss|tipsa oss|tips os|tip os|tips us|send us a tip|send us tips|got a tip|news tips|vinkit|lähetä vinkki|\
        tipps|tipp an die redaktion|haben sie einen tipp|envoyez-nous vos infos|envíanos tu noticia|segnalazioni|\
        ansvarlig redaktør|ansvarleg redaktør|ansvarig utgivare|ansvarshavende redaktør|vastaava päätoimittaja|\
        päätoimittaja|sjefredaktør|chefredaktør|chefredaktör|editor-in-chief|editor in chief|responsible editor|\
        managing editor|editor-in-charge|chefredakteur|v.i.s.d.p|directeur de la publication|\
        directeur de publication|direttore responsabile|hoofdredacteur|redaktor naczelny|\
        odpovědný redaktor|šéfredaktor|šéfredaktorka|odgovorni urednik|glavni urednik|glavna urednica|odgovorna urednica|\
        главный редактор|головний редактор|главен редактор|главни уредник|főszerkesztő|redactor-șef|\
        baş redaktor|genel yayın yönetmeni|sorumlu yazı işleri müdürü|գլխավոր խմբագիր|მთავარი რედაქტორი|αρχισυντάκτης
        """)
        add(.comment, .start, """
        vous souhaitez réagir|connectez-vous pour commenter|réagissez à cet article|¿quieres comentar|deja tu comentario|\
        vuoi commentare|quer comentar|wil je reageren|chcesz skomentować|chcete komentovat|chcete diskutovať|\
        želite komentirati|želite da komentarišete|want to comment|хотите прокомментировать
        """)
        add(.comment, .exact, """
        diskusia|diskuze|diskusija|dyskusja|diskussioner|keskustelu|arutelu|diskusijos|дискусия|дискуссия|дискусија
        """)
        add(.subscription, .start, """
        subscreva a nossa newsletter|subscreva|assine a nossa newsletter|receba as notícias|suscríbete a nuestra newsletter|\
        iscriviti alla newsletter|inscrivez-vous à la newsletter
        """)
        add(.advertisement, .exact, """
        pub|publi
        """)
        add(.template, .start, """
        this article is more than|this article is over|this article was published more than|dieser artikel ist älter als|\
        dieser artikel ist mehr als|cet article a plus de|este artículo tiene más de|questo articolo ha più di|\
        denne artikkelen er mer enn|denne artikkelen er over|den här artikeln är mer än|denne artikel er mere end|\
        artykuł ma ponad|эта статья опубликована более
        """)
        add(.cookie, .start, """
        ovaj sajt koristi kolačiće|ova stranica koristi kolačiće|ovaj portal koristi kolačiće|ova web stranica koristi kolačiće|\
        овај сајт користи колачиће|ова страница користи колачиће|ta spletna stran uporablja piškotke|\
        ta stran uporablja piškotke|tento web používá cookies|táto stránka používa cookies|ez a weboldal sütiket használ
        """)
        add(.advertisement, .exact, """
        оглас|огласи|реклама|жарнама|reklamlar|reklama|διαφήμιση|annonsering|mainos|рекламa|publicitate|advertising feature
        """)
        add(.related, .strongHeading, """
        read next|up next|what to read next|läs även|läs också|още по темата|прочетете още|həmçinin oxuyun|həmçinin bax|\
        pročitajte i ovo|pročitajte još i|прочитајте и ово|skaitykite daugiau|daugiau skaitykite|taip pat skaitykite|\
        lue myös nämä|loe ka neid|читайте также|читайте більше|читайте ще|также читайте|також читайте|czytaj także|\
        przeczytaj też|citește și|lexo edhe|նաև կարդացեք|ასევე წაიკითხე|læs også|les òg|sjå òg|sjå også|les også|\
        lesen sie außerdem|lesen sie dazu|lire aussi|leia também|lees ook|přečtěte si také|prečítajte si aj|olvassa el|\
        citeste si|lasiet arī|loe ka|uzziniet vairāk
        """)
        add(.related, .heading, """
        other news|more news|digər xəbərlər|son xəbərlər|oxşar xəbərlər|digər|ən çox oxunanlar|другие материалы|ещё новости|\
        інші матеріали|більше новин|другие статьи|inne artykuły|zobacz więcej|inne wiadomości|alte știri|mai multe știri|\
        lajme të tjera|të ngjashme|այլ լուրեր|სხვა ამბები|სხვა სიახლეები|weitere meldungen|mehr nachrichten|autres articles|\
        otras noticias|altre notizie|outras notícias|andere artikelen|další články|ďalšie články|további hírek|muut uutiset|\
        andra nyheter|andre nyheder|andre nyheter|citas ziņas|kitos naujienos|teised uudised|ostale vijesti|druge vijesti|\
        остале вести|друге вести|інші новини|други новини|още новини|още от|свързани статии|više vijesti|više vesti|\
        još vijesti|још вести|најновије вести|latest headlines|top headlines|more headlines|related headlines|\
        жаңалықтар|басқа жаңалықтар|boshqa yangiliklar|so'nggi yangiliklar|mest lest nå|mest läst|mest delt|mest delte|\
        mest kommenterte|most commented|most shared|populære saker|populært nå|populärt|trending now|i fokus|in focus
        """)
        add(.share, .exact, """
        dalintis|podijeli|сподели|dela|paylaş|del artiklen|del artikkelen|paylaşın|bölüş|paylaş|поделиться|поділитися|\
        partajează|distribuie|ndaj|share this page|share the article|seko mums|sekojiet mums|follow|takip et|takip edin|\
        підписуйтесь|abonnez-vous|seguir|volgen|obserwuj|sekite|jälgi|seuraa|följ|følg|prati|sleduj|kövess|urmărește|\
        ndiq|հետևեք|გამოგვყევი
        """)
        add(.share, .start, """
        seko mums|sekojiet mums|sekite mus|follow|takip edin|bizi izləyin|bizi takip|подписывайтесь|підписуйтесь|\
        присоединяйтесь|följ oss|følg os|følg oss
        """)
        add(.comment, .exact, """
        komentiranje|prijavi se za komentiranje|comment on this|kommentera|kommentér|коментари|коментирайте|şərhlər|\
        şərh|şərh yaz|пікірлер|izohlar|komentáre|komentirajte|komentiraj|komentiši|коментариши|komentari su isključeni
        """)
        add(.copyright, .start, """
        використання матеріалів|при використанні матеріалів|передрук матеріалів|передрук|копіювання матеріалів|\
        копирование запрещено|копіювання заборонено|запрещено копирование|перепечатка запрещена|draudžiama kopijuoti|\
        kopijuoti draudžiama|aizliegts kopēt|pārpublicēšana|materiālu pārpublicēšana|kopeerimine keelatud|kopiowanie zabronione|\
        zabrania się kopiowania|kopírování zakázáno|zabranjeno kopiranje|zabranjeno preuzimanje|забранено копирането|\
        забрањено копирање|забрането копирање|izinsiz kopyalanamaz|izinsiz kullanılamaz|kaynak gösterilmeden|\
        ndalohet kopjimi|ndalohet riprodhimi|copierea interzisă|reproducerea interzisă|riproduzione riservata|\
        vervielfältigung nur mit|nachdruck nur mit|eftertryk forbudt|kopiering forbudt|kopiering er ikke tillatt|\
        kopiering utan tillstånd|our standards|the thomson reuters trust principles|materialların istifadəsi|\
        saytdakı materiallardan|istinad mütləqdir|մեջբերելիս հղումը|საიტზე განთავსებული|© copyright|sva prava pridržana
        """)
        add(.copyright, .label, """
        yasal uyarı|disclaimer|legal notice|legal disclaimer|ansvarsfraskrivelse|haftungsausschluss|rechtlicher hinweis|\
        avertissement|avis de non-responsabilité|aviso legal|avvertenza|отказ от ответственности|правовая информация|\
        застереження|vastuuvapauslauseke|atsakomybės apribojimas|atruna|vastutuse piiramine|zastrzeżenie|upozornění|\
        jogi nyilatkozat|declinarea responsabilității|mohim përgjegjësie|ansvarsfriskrivning|ansvarsfraskrivelse|\
        investment disclaimer|yatırım uyarısı|hüquqi xəbərdarlıq
        """)
        add(.template, .start, """
        reporting by|additional reporting by|editing by|writing by|compiled by|with reporting by|edited by|\
        produced by|translated by|compiled from|redigert av|bearbeitet von|rédigé par|redactado por|a cura di
        """)
        add(.advertisement, .exact, """
        oglasno sporočilo|oglasno sporocilo|рэклама|auglýsing|auglýsingar|reklamní sdělení|διαφήμιση
        """)
        add(.related, .heading, """
        i più letti|più letti|più lette|le più lette|lo más leído|lo más visto|mais lidas|mais lidos|meest gelezen|\
        najczęściej czytane|nejčtenější|najčítanejšie|legolvasottabb|cele mai citite|en çok okunanlar|самое читаемое|\
        самое популярное|найпопулярніше|найчитаніше|të lexuarat|më të lexuarat|fleire saker|fleire nyhende|meistgelesen|\
        les plus lus|les plus lues|luetuimmat|mest lästa|mest læste|najčitanije|најчитаније|најчитани|najbolj brano|\
        τα πιο δημοφιλή|δημοφιλή|ամենաընթերցվածը|ყველაზე კითხვადი
        """)
        add(.category, .label, """
        lees meer over|meer over|mehr zum thema|more on|más sobre|altro su|mais sobre|więcej o|více o|viac o
        """)
        add(.share, .exact, """
        del saka|del saken|κοινοποίηση|κοινοποιήστε|μοιραστείτε|e-post|e-mail|email|e-posta|сподели|поделись|падзяліцца
        """)
        add(.subscription, .start, """
        ακολουθήστε μας|ακολουθήστε το|follow us on google news|folgen sie uns|suivez-nous|síguenos en|seguici su|\
        siga-nos|volg ons|obserwuj nas|sledujte nás|sledujte nas|kövess minket|urmărește-ne|bizi google news|\
        подписывайтесь на наш|підписуйтесь на наш|падпісвайцеся|ndiqni|pratite nas|пратите нас|следете не
        """)
        add(.comment, .exact, """
        komentarji|komentarjev|komentarja|коментари|коментарі|каментары|σχόλια|σχόλιο
        """)
        // Source labels: `Izvor: Tanjug`, `Kaynak: AA`, `Source: Reuters`.
        add(.photoCredit, .label, """
        izvor|извор|kaynak|source|sources|quelle|источник|джерело|крыніца|zdroj|forrás|sursa|burimi|avots|allikas|\
        šaltinis|lähde|źródło|kilde|källa|fuente|fonte|bron|πηγή|աղբյուր|წყარო|mənbə
        """)
        add(.template, .exact, """
        haber merkezi|dış haberler servisi|dış haberler|haber merkezi / aa|newsroom|redakcja|redaksjonen|uutiset
        """)
        add(.template, .anywhere, """
        kez okundu|kez okunmuştur|kez görüntülendi|kere okundu|dəfə oxunub|раз прочитано|разів прочитано
        """)
        add(.template, .exact, """
        views|view|просмотров|просмотры|просмотр|переглядів|перегляди|peržiūros|peržiūrų|skatījumi|vaatamisi|megtekintés|\
        wyświetleń|wyświetlenia|zobrazení|vizualizări|pregledi|прегледи|прегледа|shikime|görüntülenme|okunma|okunma sayısı|\
        visninger|visningar|lukukerrat|aufrufe|vues|visitas|visualizzazioni|visualizações|weergaven|դիտում|ნახვა|ნახვები|\
        baxış|baxış sayı|oxunub|reads
        """)

        // MARK: session 5: the classes in ~40 languages (en de nl fr it es pt ro ca pl cs sk sl hr bs sr mk bg ru uk
        // be kk ky uz az tr hy ka el hu fi et lv lt sq sv da nb nn)
        // Reading times (the number and its unit after or before the phrase count as part of it: `Lexoni 3 minuta`,
        // `3 min de lecture`, `Оқу уақыты: 2 минут`).
        add(.template, .exact, """
        read time|estimated reading time|time to read|mins read|min de lecture|minute de lecture|lecture|\
        lettura|min di lettura|lettura minuti|lectura|min de lectura|leitura|min de leitura|minutos de leitura|\
        timp de citire|timp de lectură|timp de lectura|min citire|minute de citire|lectură|citire|temps de lectura|\
        min de lectura|minuts de lectura|czas lektury|min czytania|minut czytania|čas čtení|min čtení|minut čtení|čtení|\
        čas čítania|min čítania|minút čítania|čítanie|čas branja|min branja|minut branja|branje|vreme čitanja|\
        min čitanja|minuta čitanja|čitanje|време читања|читање|мин читања|минута читања|време на читање|\
        минути читање|време за четене|четене|мин четене|минути четене|мин чтения|минут чтения|минуты чтения|чтение|\
        час читання|читання|хв читання|хвилин читання|хвилини читання|час чытання|чытанне|хв чытання|хвілін чытання|\
        оқу уақыты|оқу|мин оқу|минут оқу|окуу убактысы|окуу|мүнөт окуу|o'qish vaqti|o'qish|oʻqish vaqti|oʻqish|\
        daqiqa o'qish|ўқиш вақти|ўқиш|oxuma müddəti|oxunma müddəti|oxuma vaxtı|oxuma|dəq oxuma|okuma|dk okuma|\
        ընթերցման ժամանակը|ընթերցման ժամանակ|րոպե ընթերցում|կարդալու ժամանակ|კითხვის დრო|წუთი კითხვა|\
        χρόνος ανάγνωσης|λεπτά ανάγνωση|ανάγνωση|olvasási idő|perc olvasás|olvasás|perc olvasnivaló|min lukuaika|\
        lukuaika|lugemisaeg|min lugemist|lugemise aeg|lasīšanas laiks|min lasīšana|lasīšanai|skaitymo laikas|\
        min skaitymo|skaitymas|lexoni|koha e leximit|min lexim|minuta lexim|lexim|lexohet për|läsetid|lästid|\
        min läsning|minuters läsning|läsning|læsetid|min læsning|minutters læsning|læsning|lesetid|min lesing|lesing|\
        min lesetid
        """)
        // Listen to the article.
        add(.template, .exact, """
        listen to the article|listen to story|listen now|audio version|play audio|hear this article|artikel anhören|\
        beitrag anhören|audio anhören|jetzt anhören|vorlesen|artikel vorlesen|text vorlesen|vorlesen lassen|hören|\
        luister naar dit artikel|luister naar het artikel|beluister|artikel beluisteren|voorlezen|lees voor|\
        écouter l'article|écouter cet article|version audio|écouter la version audio|ascolta l'articolo|ascolta l'audio|\
        ascolta la notizia|escuchar artículo|escucha|escuchar noticia|escuchar la noticia|escucha este artículo|\
        escuchar el artículo|ouvir artigo|ouvir notícia|ouça|ouça esta notícia|ouvir esta matéria|ouvir o artigo|\
        ouvir a notícia|ascultă articolul|asculta articolul|ascultă știrea|asculta|escolta|escoltar|escolta l'article|\
        escoltar la notícia|posłuchaj artykułu|odsłuchaj|odsłuchaj artykuł|posłuchaj tego artykułu|słuchaj|\
        poslechněte si článek|přehrát článek|poslechnout článek|poslouchat|vypočuť|vypočujte si článok|vypočuť článok|\
        počúvať|poslušaj|poslušaj članek|prisluhni|poslušajte|poslušaj članak|poslušajte članak|slušaj|послушај|\
        послушајте|послушајте чланак|слушај|слушајте|слушни|слушай|слушайте|слушай статията|чуй статията|слушать|\
        прослушать|слушать статью|прослушать статью|послушать|аудиоверсия|прослухати|слухати статтю|\
        прослухати статтю|послухати|слухаць|праслухаць|слухаць артыкул|тыңдау|мақаланы тыңдау|тыңда|угуу|\
        макаланы угуу|tinglash|maqolani tinglash|тинглаш|мақолани тинглаш|dinlə|dinləyin|xəbəri dinlə|\
        məqaləni dinlə|sesli dinle|makaleyi dinle|bu haberi dinle|լսել|լսել հոդվածը|լսեք|მოსმენა|სტატიის მოსმენა|\
        მოუსმინეთ|ακούστε|άκου|ακούστε το άρθρο|ακρόαση|hallgassa meg|cikk meghallgatása|hallgasd meg|felolvasás|\
        kuuntele artikkeli|kuuntele juttu|kuuntele uutinen|kuula artiklit|kuula lugu|klausies|klausīties rakstu|\
        klausyti|klausykite|klausytis straipsnio|dëgjo|dëgjoni|dëgjo artikullin|dëgjoje lajmin|lyssna på artikeln|\
        lyssna på artikel|lyssna på texten|lyt|lyt til artiklen|hør artiklen|lyt til historien|lytt til artikkelen|\
        hør artikkelen|høyr artikkelen|lytt til saka
        """)
        // Read later, save, bookmark.
        add(.template, .exact, """
        read later|save for later|saved|save to my list|add to reading list|später lesen|artikel merken|merkliste|\
        zur merkliste|auf die merkliste|later lezen|bewaar|bewaren|lees later|artikel bewaren|lire plus tard|\
        sauvegarder|ajouter à mes favoris|mettre de côté|sauvegarder l'article|leggi dopo|leggi più tardi|\
        salva articolo|salva per dopo|leer más tarde|leer después|guardar artículo|guardar para después|\
        guardar noticia|ler depois|ler mais tarde|salvar artigo|guardar artigo|salvar para ler depois|\
        citește mai târziu|salvează articolul|llegir més tard|desar|desa|llegeix més tard|przeczytaj później|\
        czytaj później|zapisz artykuł|zapisz na później|přečíst později|uložit článek|uložit na později|\
        prečítať neskôr|uložiť|uložiť článok|preberi kasneje|preberi pozneje|shrani|shrani članek|pročitaj kasnije|\
        spremi članak|sačuvaj|sačuvaj članak|прочитај касније|сачувај чланак|прочитај подоцна|зачувај|\
        прочети по-късно|запази статията|читать позже|прочитать позже|в закладки|добавить в закладки|отложить|\
        читати пізніше|прочитати пізніше|додати в закладки|чытаць пазней|захаваць|кейінірек оқу|сақтау|кийин окуу|\
        сактоо|keyinroq o'qish|saqlash|sonra oxu|yadda saxla|sonra oxuyun|sonra oku|daha sonra oku|favorilere ekle|\
        okuma listesine ekle|կարդալ ավելի ուշ|მოგვიანებით წაკითხვა|διαβάστε αργότερα|αποθήκευση|\
        αποθήκευση άρθρου|elolvasom később|olvasd el később|cikk mentése|később elolvasom|lue myöhemmin|\
        tallenna artikkeli|loe hiljem|lasīt vēlāk|skaityti vėliau|lexo më vonë|läs senare|spara artikel|\
        spara artikeln|læs senere|gem artikel|gem artiklen|les senere|lagre saken|les seinare|lagre saka
        """)
        // Related-article headings in the languages the tables missed.
        add(.related, .strongHeading, """
        llegiu també|llegeix també|vegeu també|прочитајте уште|прочитај и|види и|видете и|тағы оқыңыз|\
        сондай-ақ оқыңыз|дагы окуңуз|ошондой эле окуңуз|shuningdek o'qing|shuningdek oʻqing|yana o'qing|\
        шунингдек ўқинг|həmçinin oxu|daha çox oxu|katso myös|читайте тоже|чытайце|прачытайце таксама|\
        lexoni edhe|les også disse|læs også disse
        """)
        add(.related, .heading, """
        també et pot interessar|notícies relacionades|més notícies|el més llegit|les més llegides|últimes notícies|\
        поврзани вести|најчитани вести|најнови вести|други вести|ұқсас жаңалықтар|тақырыпқа қатысты|соңғы жаңалықтар|\
        көп оқылған|окшош жаңылыктар|тема боюнча|акыркы жаңылыктар|башка жаңылыктар|mavzuga oid|мавзуга оид|\
        o'xshash yangiliklar|boshqa xabarlar|so'nggi xabarlar|bu mövzuda|mövzu ilə bağlı|əlaqəli xəbərlər|\
        падобныя навіны|іншыя навіны|апошнія навіны|па тэме|mest lesne|siste nytt|relaterte artiklar|\
        relaterte saker|fleire artiklar|aiheesta lisää|lisää uutisia|muut aiheesta|seotud uudised|saistītās ziņas|\
        susijusios naujienos|lajme të lidhura|kapcsolódó hírek|související zprávy|súvisiace články|sorodne novice|\
        povezane vesti|повезане вести|сродни новини|похожие публикации|схожі матеріали|σχετικά|σχετικές ειδήσεις|\
        benzer içerikler|ilgili haberler|կապված նյութեր|მსგავსი ამბები
        """)
        // Comments closed.
        add(.comment, .start, """
        diskuse k článku je uzavřena|diskuse je uzavřena|diskuse byla uzavřena|diskusia k článku je uzavretá|\
        diskusia je uzavretá|diskusia bola uzavretá|komentiranje je onemogočeno|komentarji so zaprti|\
        komentari su zatvoreni|komentari su onemogućeni|коментари су затворени|коментарите са затворени|\
        коментарите се затворени|комментарии отключены|комментарии закрыты|коментарі вимкнено|коментарі закрито|\
        каментары закрытыя|hozzászólások lezárva|a hozzászólás le van zárva|kommenteerimine on suletud|\
        komentēšana ir slēgta|komentarai uždaryti|komentimet janë mbyllur|კომენტარები დახურულია|\
        τα σχόλια είναι κλειστά|ο σχολιασμός έχει απενεργοποιηθεί|şərhlər bağlıdır|пікірлер жабық|\
        комментарийлер жабык|izohlar yopiq|kommentarfeltet er lukket|kommentarfeltet er stengd|\
        kommentarfunktionen er lukket|lukket for kommentarer|commentaires fermés|commenti chiusi|comentarios cerrados|\
        comentários fechados|comentaris tancats|reacties gesloten|comentariile sunt închise|\
        komentarze zostały wyłączone|komentowanie jest wyłączone|kommentointi on suljettu|yorumlar kapatıldı|\
        մեկնաբանություններն անջատված են
        """)
        add(.comment, .exact, """
        comentaris|comenta|deixa un comentari|коментирај|коментари|каментаваць|пікір қалдыру|комментарийлер|\
        пикирлер|изоҳлар|fikr bildirish|şərh yazın|մեկնաբանություն|σχολιάστε|hozzászólok|kommentoi|kommenteeri|\
        komentēt|komentuoti|komento|kommentera|kommentér|kommenter saka|kommentarar
        """)
        // Advertisements.
        add(.advertisement, .exact, """
        reklame|anuncio|annuncio|inzerce|inzercia|publicitat|anunci|жарнама|рекламна|реклами|рекламный блок|\
        reklam alani|reklama 18|σπόνσορας|χορηγούμενο|χορηγούμενο περιεχόμενο|szponzorált|szponzorált tartalom|\
        sponsoroitu|kaupallinen yhteistyö|kommersiellt samarbete|kommercielt samarbejde|betalt innhold|\
        betalt partnerskap|partnerinnhald|реклама партнёра|партнёрский материал|на правах реклами|\
        партнерський матеріал|спонсорирано|спонзорисано|sponzorisano|sponzorirano|plaćeni oglas|plačan oglas|\
        sponzorováno|sponzorované|propagace|remiss|ad content|reklamní článek|komerční prezentace|pr článek|\
        treść sponsorowana|artykuł sponsorowany|materiale sponsorizzato|contenuto sponsorizzato|contenido patrocinado|\
        conteúdo patrocinado|contingut patrocinat|articol sponsorizat|gesponsorde inhoud|gesponsord|\
        sponsorētais saturs|apmaksāts raksts|reklaaminfo|reklaamtekst|užsakomasis straipsnis|remiama|\
        përmbajtje e sponsorizuar|հովանավորվող|სარეკლამო|reklam xarakterli|sponsorlu məzmun|демеушілік|\
        homiylik|на правах рекламе
        """)
        // Photo credit labels and caption marks.
        add(.photoCredit, .label, """
        сурет|суреттер|сүрөт|сүрөттөр|surat|сурат|şəkil|şəkillər|imatge|imatges|imagen|imágenes|immagine|immagini|\
        imagem|imagens|afbeelding|beeld|obrázek|obrázok|attēls|fotogrāfija|fotografi|fotografiya|фотографија|\
        здымак|фотаздымак|фотоздымак|фота|снимак|снимки|слика|слики|fotoja|fotot|imazhi|լուսանկարներ|\
        φωτογραφία|fotografía|fotografías|kuvaaja|fotógrafo|fotograaf|fotografo|fotografas|fotogrāfs|\
        fotoğrafçı|fotograf|фотограф|фатограф|фото автора|photographer|kuvat|képaláírás|\
        arkivfoto|arkivbilde|arkivbild|archivbild|archivfoto|arkistokuva|archiefbeeld|archieffoto|foto de archivo|\
        foto d'archivio|photo d'archive|foto de arquivo|foto arhiva|arhivska fotografija|архивное фото|\
        архівне фото|архивна снимка|архивска фотографија|arşiv fotoğrafı|arxiv şəkli|արխիվային լուսանկար|\
        საარქივო ფოტო|φωτογραφία αρχείου|zdjęcie archiwalne|archivní foto|archívne foto|arhiivifoto|\
        arhīva foto|archyvo nuotr|archyvinė nuotr|foto d'arxiu|fotografie de arhivă|symbolbild|symbolfoto|\
        illustrasjonsbilde|illustrationsbild|ilustrační foto|ilustračné foto|ilustrativna fotografija|\
        иллюстративное фото|ілюстративне фото|ilustrasiya|иллюстрация
        """)
        // Bylines and editor sign-offs: `Oprac. Tomasz Nowak`, `Pripremila: Ana Marić`, `Hazırlayan: Ali Veli`.
        add(.template, .label, """
        oprac|opr|opracował|opracowała|opracowanie|red|redakcja|redakce|redakcia|redakcija|redaksiya|pripremio|\
        pripremila|priredio|priredila|uredio|uredila|приредио|приредила|припремио|припремила|pripravil|pripravila|\
        uredil|připravil|připravila|zpracoval|zpracovala|spracoval|spracovala|подготвил|подготвила|\
        подготовил|подготовила|підготувала|підготував|падрыхтавала|падрыхтаваў|подготви|подготвија|sagatavoja|\
        parengė|toimetas|toimittanut|összeállította|szerkesztette|a consemnat|hazırlayan|derleyen|\
        hazırladı|պատրաստեց|պատրաստել է|მოამზადა|επιμέλεια|përgatiti|përgatitur nga|дайындаған|даярдаган|\
        tayyorladi|тайёрлади|redazione|redacción|redação|rédaction|redacció|redactie|edição|edición|édité par|\
        mit material von|con información de|com informações de|avec afp|avec reuters|med material fra|\
        redigerad av|redigeret af|redigert av
        """)
        // View counters: `Դիտումներ՝ 3214`, `Просмотров: 1 204`.
        add(.template, .exact, """
        դիտումներ|դիտումների քանակ|դիտումների թիվը|қаралды|көрілім|көрүүлөр|ko'rishlar|ko'rildi|кўрилди|\
        προβολές|visites|ogledov|ogledi|zobrazenia|videnia|peržiūrėjo|прегледа|преглеждания|праглядаў|прагляды|\
        lukukertaa|luettu|visingar|keer gelezen|mal gelesen|fois lu|veces leído|volte letto|vezes lido|\
        odsłon|odsłony|přečteno|prečítané|prebrano|pročitano|прочитано|прочитано пъти|переглянуто|просмотрено|\
        baxılıb|oxunma sayı|okunma|görüntülenme sayısı|ნანახია|nézettség|olvasottság|lugemisi|lasījumi|skaitė|\
        lexime|läst|læst|lest
        """)
        // Follow prompts without a network word of their own: `Читайте нас в Telegram` (the network and "us" come too).
        add(.share, .start, """
        читайте нас в telegram|читайте нас в телеграм|читайте нас у telegram|подписывайтесь на нас в|\
        підписуйтесь на нас у|segueix-nos|seguiu-nos|следете не|следете нè|бізге жазылыңыз|бизге жазылыңыз|\
        bizni kuzating|bizga obuna bo'ling|bizi izləyin|abunə olun|ndiqni lajmet|volg ons op|følg oss på|følg os på
        """)
        // Tags, home links, shares, copyright and paywall lines in the languages the tables missed (ca, kk, ky, uz,
        // be, mk, el, az, nn…).
        add(.category, .label, """
        etiquetes|temes|тегтер|тақырыптар|тегдер|темалар|teglar|mavzular|teqlər|etiketlər|açar sözlər|тэгі|тэмы|\
        тагови|ознаки|ετικέτες|θέματα|λέξεις-κλειδιά|emneknaggar|stikkord|nøkkelord|nøgleord
        """)
        add(.navigation, .exact, """
        inici|басты бет|башкы бет|bosh sahifa|ana səhifə|галоўная|αρχική|forsida|hjem|pradinis|sākumlapa|kezdőoldal
        """)
        add(.share, .exact, """
        comparteix|compartir|бөлісу|бөлүшүү|ulashish|улашиш|падзяліцца|сподели|μοιραστείτε|dalies|jaga|paylaşın
        """)
        add(.copyright, .anywhere, """
        tots els drets reservats|барлық құқықтар қорғалған|бардык укуктар корголгон|barcha huquqlar himoyalangan|\
        bütün hüquqlar qorunur|усе правы абаронены|με επιφύλαξη παντός δικαιώματος|όλα τα δικαιώματα διατηρούνται|\
        alle rettar reserverte|sva prava zadržana|sve pravice pridržane
        """)
        add(.subscription, .anywhere, """
        només per a subscriptors|contingut exclusiu per a subscriptors|само за претплатници|толькі для падпісчыкаў|\
        тек жазылушыларға|samo za naročnike|berre for abonnentar|kun for abonnenter|bare for abonnenter
        """)
        add(.category, .label, """
        mehr artikel zu|mehr zu|weitere artikel zu|weitere artikel zum thema|alle artikel zu|plus d'articles sur|\
        más noticias sobre|altri articoli su|mais notícias sobre|meer artikelen over|więcej artykułów o|\
        další články o|tagovi|teme|etiketter|nøgleord|märksõnad
        """)
        add(.share, .exact, """
        diesen artikel teilen|teile diesen artikel|artikel teilen auf|partagez cet article|comparte este artículo|\
        comparte esta noticia|condividi questo articolo|compartilhe esta notícia|partilhe este artigo|\
        udostępnij ten artykuł|sdílejte tento článek|zdieľajte tento článok|delite ta članek|podijelite ovaj članak|\
        podelite ovaj članak|поделитесь этой статьей|поделитесь новостью|поділіться цією статтею|del denne artikel|\
        del denne artikkelen|dela den här artikeln|jaa tämä artikkeli|jaga seda artiklit|dalieties šiuo straipsniu|\
        dalīties ar rakstu|ossza meg ezt a cikket|distribuie acest articol|shpërndaje këtë artikull|\
        կիսվել այս հոդվածով|გააზიარე სტატია|μοιραστείτε αυτό το άρθρο|bu xəbəri paylaş|share this post
        """)
        add(.subscription, .start, """
        jetzt kostenlos registrieren|kostenlos registrieren|jetzt registrieren und weiterlesen|jetzt weiterlesen|\
        inscrivez-vous gratuitement|créez votre compte gratuit|regístrate gratis|regístrate para seguir leyendo|\
        registrati gratuitamente|registe-se gratuitamente|cadastre-se gratuitamente|zarejestruj się|zaregistrujte se|\
        registrirajte se|зарегистрируйтесь|зареєструйтеся|ücretsiz kayıt ol|ücretsiz üye ol|registrer deg gratis|\
        registrera dig gratis|opret en gratis konto|rekisteröidy|regisztráljon|regisztrálj|înregistrează-te gratuit|\
        registreer je gratis|log in to read|log in to continue reading|sign in to read|sign in to continue reading
        """)
        add(.template, .exact, """
        hören sie diesen artikel|artikel hören|hier anhören|diesen artikel anhören|време за читање|време за читање мин|\
        min lesezeit|minuten lesezeit|min læsetid|minutters læsetid|min läsetid|minuters läsetid|min czas czytania|\
        min de leitura|min di lettura|min olvasás|perc olvasási idő|min leestijd|min lugemisaega|min lasīšanas laiks|\
        минут чтения|мин. чтения|хв читання|dk okuma süresi|dakikalık okuma|min okuma
        """)
        // Screenshots as credits, error-report prompts, more-news-on-our-channel lines.
        add(.photoCredit, .label, """
        snimka zaslona|snimak ekrana|снимак екрана|zrzut ekranu|captură de ecran|captura de ecran|ekran görüntüsü|\
        ekran şəkli|ekrāna attēls|ekrāna šāviņš|ekrano nuotrauka|ekrano kopija|capture d'écran|captura de pantalla|\
        captura de tela|captura d'ecrà|cattura dello schermo|schermata|képernyőkép|snímek obrazovky|snímka obrazovky|\
        zaslonska slika|posnetek zaslona|екранна снимка|знімок екрана|скрыншот|скриншот экрана|skjermbilde|\
        pamje nga ekrani|στιγμιότυπο οθόνης|էկրանի պատկեր|სკრინშოტი|bildschirmfoto|screenshot|скриншот|скріншот
        """)
        add(.template, .anywhere, """
        ctrl enter|ctrl+enter
        """)
        add(.share, .start, """
        больше новостей в нашем|больше новостей в telegram|все новости в нашем|більше новин у нашому|\
        більше новин в нашому|всі новини в нашому|more news on our|mehr nachrichten auf unserem|\
        sosyal medyada paylaş|sosyal medyada paylaşın|daha fazla haber için|xəbərlər lentini izləyin
        """)
        // Show-more, load-more, click-here and continue-reading buttons; galleries (`Zobacz galerię (12 zdjęć)`).
        add(.template, .exact, """
        show more|see more|load more|view more|load more stories|ver más|voir plus|mehr anzeigen|mehr laden|näytä lisää|\
        vis mer|visa mer|vis flere|vis fleire|vis flere artikler|pokaż więcej|zobrazit více|zobraziť viac|prikaži više|\
        prikaži več|prikaži vise|прикажи више|покажи още|покажи повеќе|показать еще|показать ещё|показати більше|\
        паказаць больш|daha çox göstər|көбірек көрсету|көбүрөөк көрсөтүү|ko'proq ko'rsatish|ցույց տալ ավելին|\
        მეტის ნახვა|მეტის ჩვენება|δείτε περισσότερα|mutass többet|továbbiak|näita rohkem|rādīt vairāk|\
        rodyti daugiau|shfaq më shumë|arată mai mult|vezi mai mult|mostra de més|mostra altro|mostrar mais|ver mais|\
        carregar mais|cargar más|toon meer|meer laden|visa fler|vis mere|se mere|indlæs flere|lataa lisää|laadi veel|\
        ielādēt vairāk|įkelti daugiau|ngarko më shumë|încarcă mai mult|carrega'n més|załaduj więcej|načíst další|\
        načítať ďalšie|naloži več|učitaj više|учитај још|зареди още|загрузить еще|загрузить ещё|завантажити ще|\
        click here|klikni|klikni ovdje|klikni ovde|klikni za više|kliknij|kliknij tutaj|klicken sie hier|hier klicken|\
        cliquez ici|haga clic aquí|haz clic aquí|clicca qui|clique aqui|klik hier|kliknite sem|klikněte zde|kliknite tu|\
        kattints ide|kattintson ide|klikkaa tästä|klõpsa siin|spied šeit|spauskite čia|klikoni këtu|faceți clic aici|\
        click aici|fes clic aquí|нажмите здесь|натисніть тут|кликните овде|кликнете тука|щракнете тук|buraya tıklayın|\
        tıklayın|buraya klikləyin|klikləyin|սեղմեք այստեղ|დააჭირეთ აქ|κάντε κλικ εδώ|tryk her|klikk her|klicka här|\
        tryck här|continuar lendo|continuar leyendo|seguir leyendo|sigue leyendo|continua llegint|den ganzen artikel lesen|\
        ganzen artikel lesen|hier geht es zum artikel|mehr dazu lesen sie hier|zum artikel|zum beitrag|читать на сайте|\
        читати на сайті|читати повністю|sayta keçid|czytaj całość|przeczytaj całość|čtěte více|čítajte viac|\
        прочитај више|прочетете повече|прочитај повеќе|lexo të plotë|citește tot articolul|citește articolul complet|\
        lees het hele artikel|läs hela artikeln|læs hele artiklen|les heile saka|კითხვის გაგრძელება|\
        διαβάστε περισσότερα|διαβάστε ολόκληρο|olvassa tovább|tovább olvasom|lue koko artikkeli|lasīt tālāk|\
        skaityti toliau|read full story|keep reading|read on|zobacz galerię|galeria zdjęć|galerie|galeria|galerija|\
        галерија|fotogaléria|fotogalerija|фотогалерея|фотогалерия|фотогалерија|bildgalleri|billedgalleri|\
        kuvagalleria|galerii|fotogaleria|fotogalerii|fotogalerie|fotogalerija|φωτογραφίες|ֆոտոշարք|ფოტოგალერეა|\
        fotoqalereya|fotogaleri|фотогалерея
        """)
        // Loading and unsupported-player notices, embed credits, archive-age notices, the article's topic labels.
        add(.template, .start, """
        loading comments|kommentare werden geladen|chargement des commentaires|cargando comentarios|caricamento commenti|\
        carregando comentários|ładowanie komentarzy|načítání komentářů|загрузка комментариев|завантаження коментарів|\
        yorumlar yükleniyor|laster kommentarer|laddar kommentarer|indlæser kommentarer|ladataan kommentteja|\
        your browser does not support|ihr browser unterstützt|votre navigateur ne prend pas en charge|\
        tu navegador no admite|su navegador no soporta|il tuo browser non supporta|seu navegador não suporta|\
        twoja przeglądarka nie obsługuje|váš prohlížeč nepodporuje|váš prehliadač nepodporuje|vaš preglednik ne podržava|\
        vaš pregledač ne podržava|ваш браузер не поддерживает|ваш браузер не підтримує|din nettleser støtter ikke|\
        din webbläsare stöder inte|din browser understøtter ikke|selaimesi ei tue|böngészője nem támogatja|\
        browserul tău nu suportă|uw browser ondersteunt|embed from getty images|embed from|\
        tämä artikkeli on julkaistu yli|tämä artikkeli on yli|artykuł pochodzi z archiwum|materiał archiwalny|\
        архивная публикация|архивный материал|ця новина є архівною|архівна публікація|ce contenu a plus de|\
        dieser beitrag ist älter als|denna artikel är mer än|článek je starší než|tento článok je starší ako|\
        ovaj članak je stariji od|ez a cikk több mint|acest articol are mai mult de|bu haber arşivdedir|\
        see artikkel on vanem kui|šis raksts ir vecāks par|šis straipsnis senesnis nei|ky artikull është më i vjetër se|\
        αυτό το άρθρο είναι παλαιότερο από|this story is more than|this content is more than
        """)
        add(.category, .label, """
        themen des artikels|artikelens tema|emner i denne artikkel|emner i denne artikel|ämnen i artikeln|\
        artikkelin aiheet|tematy artykułu|témata článku|témy článku|теми статті|темы статьи|haberin etiketleri|\
        sujets de l'article|temas del artículo|argomenti dell'articolo|temas do artigo|onderwerpen in dit artikel|\
        teme članka|теме чланка|тема на статията|article topics|topics in this article|more on these topics
        """)
        return t
    }()

    // MARK: Cookie detection

    /// Stems naming cookies: tag 1 strong (only used for cookies), 2 weak (also food, snacks…).
    static let cookieStems = StemFilter([
        ("cookie", 1), ("informasjonskapsl", 1), ("informationscooki", 1), ("sikdatn", 1), ("slapuk", 1), ("piskotk", 1),
        ("piskotek", 1), ("ciastecz", 1), ("evaste", 1), ("kupsis", 2), ("kupsist", 2), ("куки", 1), ("кукі", 1), ("ქუქი", 1),
        ("քուքի", 1), ("cerez", 2), ("kolacic", 2), ("колачић", 2), ("колачиц", 2), ("бисквитк", 2), ("suti", 2), ("sutik", 2),
        ("kakor", 2), ("колачињ", 2), ("колачин", 2), ("թխուկ", 2), ("biskot", 2), ("kolacik", 2), ("kolačk", 2), ("galet", 2),
        ("kuki", 2), ("kukilər", 2), ("кукилер", 2), ("кукилар", 2),
    ])

    /// Consent-banner context, by group: 1 site/browser/device, 2 use, 3 consent/settings/privacy/policy,
    /// 4 ads/analytics/experience/personalisation.
    static let cookieContext: StemFilter = {
        var list: [(String, UInt8)] = []
        func add(_ g: UInt8, _ words: String) {
            for w in words.split(separator: "|") { list.append((String(w), g)) }
        }
        add(1, """
        site|website|web|webpage|nettsted|nettsid|nettstad|nettlese|browser|tarayic|sayfa|internet|cihaz|enhet|device|\
        webbplats|webbsid|webside|hjemmeside|verkkosivu|sivusto|selain|veebileh|veebisait|brauser|vietn|parluk|svetain|narsykl|\
        stron|przegladar|witryn|sajt|сайт|браузер|устройств|webov|prohlizec|strank|weboldal|bongesz|navigat|navegador|sitio|\
        pagin|sito|webstek|webseite|seite|faqe|shfletues|uredaj|preglednik|stran|brskalnik|կայք|ბრაუზერ|საიტ|ვებგვერდ|\
        браузър|сајт|пристрој|пристрі|страниц|сторінк|platform|portal|sayt|veb|ιστοτοπ|ιστοσελιδ|περιηγητ|lloc|\
        сайтт|sahifa|sayfa
        """)
        add(2, """
        use|using|used|kullan|bruk|benytt|anvand|bruger|kaytta|kaytam|kasuta|izmanto|naudoj|uzywa|pouziv|hasznal|koristi|\
        uporablja|folos|utilis|utiliz|usamos|usa|utilizz|usiam|gebruik|verwend|nutz|einsetz|perdor|օգտագործ|იყენებ|\
        использ|використ|използва|користи|collect|topla|samle|sammel|recueill|recopil|raccogl|colet|zbiera|renka|ievac|\
        kogu|kera|insaml|indsaml|prikuplj|shrani|store|stock|store|lagr|сохран|saklan|almacen|memoriz|armazen|opsl|\
        istifad|пайдалан|колдон|foydalan|χρησιμοποι|συλλεγ|використов|utilitz|выкарыст|употреб
        """)
        add(3, """
        accept|consent|agree|allow|setting|preference|policy|privacy|gdpr|kvkk|kabul|izin|onay|ayar|politika|gizlilik|kisisel|\
        aksepter|godta|godkjen|samtykk|innstilling|personvern|retningslin|godkann|samtycke|installning|integritet|acceptera|\
        samtyk|indstilling|privatliv|hyvaksy|suostum|asetuks|tietosuoj|noustu|nousolek|seaded|privaatsus|piekrit|piekrisan|\
        iestatijum|privatum|sutink|sutikim|nustatym|akceptuj|zgod|zgadz|ustawien|prywatn|souhlas|nastaven|ochran|soukrom|\
        elfogad|hozzajarul|beallit|adatved|adatkezel|accepta|acord|setari|confidential|datenschutz|einwillig|zustimm|akzeptier|\
        einstellung|richtlinie|consentement|parametre|politique|aceptar|acepto|consentimiento|configuracion|privacidad|politica|\
        accett|consenso|impostazion|aceit|consentiment|privacidade|akkoord|toestemming|instelling|pranoj|pelqim|cilesim|politik|\
        privates|համաձայն|գաղտնիություն|կարգավոր|თანხმობ|კონფიდენციალ|პარამეტრ|согласи|соглас|принима|принять|настройк|\
        конфиденциальн|политик|персональн|згод|налаштув|приватн|конфіденційн|съглас|поверителн|настройки|сагласн|подешав|\
        приватност|politike|postavke|privatnost|zasebnost|nastavitv|soglas|strinjam|reddet|avvis|reject|refus|rechaz|rifiut|\
        odrzu|atmest|noraid|hylk|ablehn|decline|manage|yonet|administr|veri|data|dati|donnee|dato|daten|dane|duomen|datu|\
        andmed|tiedo|uppgift|oplysning|podat|adat|date|të dhën|տվյալ|მონაცემ|данн|дани|данн|податк|опцион|kvkk|\
        qəbul|qebul|razilas|razilig|келісем|макул|приема|αποδοχ|αποδεχ|συναιν|ρυθμισ|απορρητ|ruxsat|rozilik|qabul|\
        прифа|згоджа|пагадж
        """)
        add(4, """
        reklam|advertis|ads|analytic|analiz|statisti|personali|kisisellestir|personaliz|tilpass|anpass|annonse|annons|marketing|\
        pazarlama|deneyim|experience|opplevelse|upplevelse|oplevelse|kokemus|kogemus|pieredz|patirt|doswiadcz|zkusenost|elmeny|\
        experien|erfahrung|erlebnis|experiencia|esperienza|ervaring|iskustv|izkusnj|pervoj|փորձ|გამოცდილებ|опыт|досвід|\
        реклам|аналити|аналіти|персонализ|персоналіз|функционал|funksjon|funktion|function|fonction|funcion|funzional|\
        trafik|traffic|trafic|trafico|трафик|optimi|improve|iyilestir|forbedr|forbattr|verbesser|amelior|mejor|miglior|melhor|\
        verbeter|ulepsz|uzlab|parand|parant|paranna|poboljs|zlepš|javit|imbunat|përmirës|улучш|покращ|подобр|побољш
        """)
        return StemFilter(list)
    }()

    // MARK: Credits, agencies, social networks

    /// First words of photo credits (`Foto:`, `Фото:`…), for captions that end with one.
    static let creditWords: FastSet = hashes("""
    foto|fotos|photo|photos|photograph|image|images|picture|pic|credit|credits|illustration|illustrasjon|fotoğraf|görsel|\
    fotograf|fotografija|fotografia|fotografie|fotó|fotka|fot|zdjęcie|zdj|nuotr|nuotrauka|kuva|bild|bilde|billede|\
    фото|фота|фотография|фотографія|снимка|фотографија|изображение|иллюстрация|ֆոտո|լուսանկար|լուսանկարը|ფოტო|video|видео|\
    ilustrācija|illustratsioon|iliustracija|ilustracja|ilustrace|illustrazione|ilustración|ilustração|kaynak|source|kilde|\
    källa|quelle|источник|джерело|izvor|zdroj|forrás|sursa|burimi|աղբյուր|წყარო|avots|allikas|šaltinis|lähde|źródło|\
    φωτο|φωτογραφια|φωτογραφιες|εικονα|snímek|snímka|snímky|slika|slike|слика|слике|pilt|kép|képek|imagine|fotografii|\
    світлина|фотограф|сурет|сүрөт|surat|сурат|şəkil|şəkli|fotoğrafı|imatge|imagen|immagine|imagem|beeld|obrázek|\
    obrázok|attēls|здымак|снимак|arkivfoto|arkivbilde|arkivbild|archivbild|archivfoto|arkistokuva|arhiivifoto|\
    archiefbeeld|archieffoto|symbolbild|symbolfoto|illustrasjonsfoto|illustrasjonsbilde|illustrationsfoto|\
    illustrationsbild|fotografía
    """)

    /// Archive and illustration words of a caption's closing parenthesis (`(Arkivfoto)`, `(archive photo)`,
    /// `(foto de archivo)`, `(архивное фото)`); a photo word must stand in the parenthesis too.
    static let archiveWords: FastSet = hashes("""
    arkivfoto|arkivbilde|arkivbild|arkiv|archiv|archivbild|archivfoto|archive|archives|file|archivio|archivo|arquivo|\
    archief|archiefbeeld|archieffoto|archiwum|archiwalne|archiwalna|archivní|archívne|archív|archivni|arhiva|arhiv|\
    arhivska|arhivski|arhivsko|arhīva|archyvo|archyvinė|arhiivi|arhiivifoto|arkisto|arkistokuva|arkistokuvat|архив|\
    архивное|архивна|архивска|архивско|архівне|архів|архіўнае|arşiv|arxiv|arxiu|արխիվային|արխիվ|არქივი|საარქივო|\
    αρχείου|αρχείο|illustrasjonsfoto|illustrasjonsbilde|illustrationsfoto|illustrationsbild|illustration|illustrative|\
    illustrasjon|ilustrační|ilustračné|ilustrativna|ilustracija|ilustracja|ilustrativ|symbolbild|symbolfoto|\
    иллюстрация|иллюстративное|ілюстрація|ілюстративне|илустрација|илюстрация|arhivă|arhiva|archívum|archívfotó|\
    arkisto|illusztráció
    """)

    /// Credit words that are a credit only with a `:` after them or in a trailing parenthesis (source…).
    static let weakCreditWords: FastSet = hashes("""
    kaynak|source|kilde|källa|quelle|источник|джерело|izvor|zdroj|forrás|sursa|burimi|աղբյուր|წყარო|avots|allikas|\
    šaltinis|lähde|źródło|video|видео|image|images|picture|credit|credits
    """)

    /// News and photo agencies that end caption credits (`… / AFP`).
    static let agencies: FastSet = hashes("""
    afp|ap|reuters|aa|anadolu|dha|iha|dpa|epa|efe|ansa|ntb|nrk|scanpix|tt|ritzau|stt|lehtikuva|leta|bns|elta|err|delfi|tass|\
    tasr|fena|irna|isna|lusa|ukrinform|sta|ria|mia|απε|μπε|απε-μπε|αμνα|agencia|agência|agenzia|agence|agenția|agentia|agencja|agentura|\
    тасс|риа|ria|sputnik|спутник|интерфакс|interfax|getty|shutterstock|istock|xinhua|pap|čtk|ctk|mti|hina|tanjug|mina|bta|\
    ukrinform|укрінформ|armenpress|арменпресс|azertac|apa|trend|interpressnews|ipn|agerpres|mediafax|ata|belga|anp|\
    keystone|sda|bloomberg|pa|alamy|zuma|nurphoto|sipa|abaca|imago|vostock|handout|ho|wikimedia|arşiv|arkiv|архив|\
    archive|privat|private|kremlin|kremlin.ru|unian|уніан|униан|rbc|рбк|dw|bbc|cnn|ap/ntb|afp/ntb|reuters/ntb|omanpix|\
    photoxpress|kommersant|коммерсантъ|коммерсант|ap photo|afp photo|aa photo|depo|depophotos|pixabay|unsplash|\
    colourbox|pexels|flickr|wikipedia|twitter|facebook|instagram|x|youtube|telegram|tiktok|shutterstock.com|dpa-zentralbild|\
    picture-alliance|picture alliance|bildbyrån|tt nyhetsbyrån|ritzau scanpix|nordicphotos|фотохроника|пресс-служба|\
    press|pressefoto|pressebilde|privatfoto|archivbild|sozialen|sosyal|medya|ulf|hurriyet|sabah|iha/aa|aa/iha|ecpad|\
    kazinform|казинформ|kabar|кабар|akipress|акипресс|uza|уза|turan|туран|бта|мия|фена|fonet|фонет|танјуг|белта|belta|\
    агерпрес|արմենպրես|ինտերպրեսնյուս|ინტერპრესნიუსი|საქინფორმი|ipn|ипн|азертадж|укрінформ|\
    суспільне|yonhap|kyodo
    """)

    /// Lower-case particles inside names (`Robin van Lonkhuijsen`, `Alessandro di Meo`, `Ursula von der Leyen`).
    static let nameParticles: FastSet = hashes("""
    van|von|der|den|de|di|da|du|del|della|la|le|los|das|dos|y|e|al|el|bin|ibn|ter|ten|zu|af|av|och|og|und|and
    """)

    /// Social networks and share words (a line made only of these is a share bar).
    static let socialNetworks: FastSet = hashes("""
    facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|vk|vkontakte|вконтакте|одноклассники|odnoklassniki|viber|\
    messenger|flipboard|tumblr|threads|bluesky|mastodon|instagram|youtube|tiktok|email|e-mail|eposta|e-posta|epost|e-post|\
    gmail|skype|line|wechat|weibo|xing|mix|pocket|ok|bsky|sms|mail|dzen|дзен|max|rutube
    """)

    static let shareWords: FastSet = hashes("""
    share|shares|tweet|del|dela|jaa|jaga|dalīties|dalintis|paylaş|paylas|поделиться|teilen|partager|compartir|condividi|\
    compartilhar|partilhar|delen|udostępnij|podijeli|podeli|sdílet|zdieľať|megosztás|distribuie|shpërndaj|կիսվել|გაზიარება|\
    поширити|сподели|подели|copy|link|kopyala|linki|kopier|lenke|print|yazdır|skriv|ut|on|via|the|ile|на|в|e|x|post|\
    posta|send|gönder|отправить|kopyalandı|whatsapp'ta|facebook'ta|twitter'da|ta|da|te|de|na|su|sur|en|op|po|per|на|у|ում|ში|\
    mejl|имейл|el|paštas|pastas|pasts|e-pasts|epasts|sähköposti|meil|пошта|почта|poczta|courriel|correo|imeil|ел|gem|save|\
    lagre|kaydet|spara|speichern|drucken|imprimer|artikkelen|artiklen|artikeln|artikel|article|haberi|статьей|статтею|\
    dalintis|podijeli|сподели|dela|delen|dalīties|jaga|jaa|bölüş|поделиться|поділитися|podeli|sdílet|udostępnij|partajează|\
    distribuie|ndaj|կիսվել|გაზიარება|teilen|partager|compartir|condividi|compartilhar|un|ve|и|і|and|og|och|und|et|y|e|i|\
    envoyer|enviar|inviare|senden|sende|skicka|par|por|article|članek|článok|článek|članak
    """)

    /// Newsletter nouns and sign-up verbs: a short line with one of each is a newsletter prompt wherever the
    /// words sit (`Get weekly news … with the newsletter On the Ballot. Sign up here.`, `Newsletter « … » : … S'inscrire`).
    static let newsletterWords: FastSet = hashes("""
    newsletter|newsletters|nyhetsbrev|nyhetsbrevet|nyhetsbrevet|nyhedsbrev|nyhedsbrevet|nieuwsbrief|uutiskirje|uutiskirjeen|\
    uudiskiri|jaunumu|naujienlaiškis|naujienlaiškio|newslettera|newsletteru|newsletteri|newsletteria|hírlevél|hírlevelünkre|\
    boletín|bülten|bültenimize|e-bülten|buletin|buletinul|рассылка|рассылку|розсилка|розсилку|бюлетин|\
    бюллетень|նորությունների|ბიულეტენი|infolettre|naujienlaiškį|naujienlaiškiui|naujienlaiškių|uutiskirjeemme|\
    uutiskirjeeseen|uudiskirja|uudiskirjaga|jaunumiem|newslettera|newsletterze|newsletterul|newsletterului|zpravodaj|\
    zpravodaje|bilten|билтен|hírlevelet|hírlevelünket|рассылки|розсилки|бюлетина|bülleten|buletinin|\
    ενημερωτικό|տեղեկագիր|boletim|nieuwsbrieven|nyhedsbreve|nyhetsbrev|butlletí|butlletins|бюлетень|бюлетэнь|\
    axborotnoma|ахборотнома|ақпараттық|bülleteni|newsletterit|biltena|билтена|нюзлетър|infolist|bollettino
    """)
    /// App nouns and download verbs: a short line with one of each is an app prompt (`Pobierz naszą aplikację i
    /// bądź na bieżąco`, `Last ned appen vår`, `Скачайте наше приложение`).
    static let appWords: FastSet = hashes("""
    app|apps|appen|appi|appar|applikation|application|applicazione|aplicación|aplicativo|aplicația|aplicatia|aplicació|\
    aplicacions|aplikacja|aplikację|aplikacji|aplikace|aplikaci|aplikácia|aplikáciu|aplikacija|aplikacijo|aplikaciju|\
    апликација|апликацију|апликацијата|приложение|приложението|приложения|додаток|застосунок|праграму|дадатак|\
    қосымша|қосымшаны|тиркеме|тиркемени|ilova|ilovani|ilovamiz|tətbiq|tətbiqi|tətbiqimizi|uygulama|uygulamamızı|\
    uygulamayı|uygulamamız|հավելված|հավելվածը|აპლიკაცია|აპლიკაციას|εφαρμογή|alkalmazás|alkalmazást|applikációt|\
    sovellus|sovelluksen|sovelluksemme|rakendus|rakenduse|äpp|äppi|lietotne|lietotni|programėlė|programėlę|\
    aplikacion|aplikacionin|appli|l'app|l'appli|appka|appku|app-en
    """)
    static let downloadWords: FastSet = hashes("""
    download|install|laden|herunterladen|installieren|lade|téléchargez|télécharger|installez|descarga|descargue|\
    descargar|instala|scarica|installa|baixe|baixar|instale|descarcă|descărcați|instalează|descarrega|descarregueu|\
    descarregau|pobierz|zainstaluj|ściągnij|stáhněte|stáhnout|nainstalujte|stiahnite|stiahnuť|prenesite|prenesi|\
    naložite|preuzmite|preuzmi|instalirajte|преузмите|преземете|инсталирајте|изтеглете|свалете|инсталирайте|\
    скачайте|скачать|установите|загрузите|завантажте|встановіть|завантажити|спампуйце|усталюйце|жүктеп|жүктөп|\
    yuklab|yükləyin|endirin|indirin|yükleyin|ներբեռնեք|տեղադրեք|ჩამოტვირთეთ|დააინსტალირეთ|κατεβάστε|\
    εγκαταστήστε|töltse|töltsd|telepítse|lataa|asenna|laadi|installi|lejupielādējiet|instalējiet|atsisiųskite|\
    įdiekite|shkarkoni|instaloni|ladda|installera|hent|installer|installér|downloaden|installeer|haal|ned
    """)
    /// Follow and join verbs: with a social network in a short line, a follow prompt (`Bizi Telegram'da takip edin`).
    static let followWords: FastSet = hashes("""
    follow|folgen|folge|suivez|síguenos|seguici|siga|volg|obserwuj|sledujte|sledujte|sekite|sekojiet|jälgi|seuraa|följ|\
    følg|pratite|pratiti|kövess|kövessen|urmărește|urmăriți|ndiqni|takip|следите|подписывайтесь|підписуйтесь|стежте|\
    слідкуйте|последвайте|пратите|հետևեք|გამოგვყევით|join|rejoignez|únete|unisciti|dołącz|присоединяйтесь|приєднуйтесь|\
    katıl|qoşulun|izləyin|abunə|ακολουθήστε|sledite|spremljajte|читайте|читайце|оқыңыз|окуңуз|o'qing|oxuyun|\
    okuyun|жазылыңыз|obuna|kuzating|сачыце|следете|seguiu|segueix|czytaj|čtěte|čítajte|zapratite|zaprati|pridružite|\
    pridruži|запратите|придружите|приєднуйтеся|присоединяйтесь
    """)
    /// Networks named in follow prompts (not the everyday words of `socialNetworks`: line, mail, mix…).
    static let followNetworks: FastSet = hashes("""
    facebook|twitter|whatsapp|telegram|linkedin|instagram|youtube|tiktok|vk|vkontakte|вконтакте|viber|threads|bluesky|\
    mastodon|dzen|дзен|rutube|одноклассники|телеграм|telegram-канал|telegram'da|telegram'dan|фейсбук|твитер|вајбер|инстаграм|\
    facebooku|instagramu|twitteru|telegramu|viberu|youtubeu|tiktoku|facebooka|instagrama|telegrama|facebookissa|\
    instagramissa|facebookon|instagramon|facebooke|instagrame|фејсбуку|инстаграму|телеграму|вајберу|телеграмі|\
    телеграме|фейсбуке|фейсбуку|інстаграмі|инстаграме|youtubeu|youtube-u|youtube-kanalu
    """)
    /// "Us" and "our" words: a follow prompt addresses the reader about the site itself.
    static let ourWords: FastSet = hashes("""
    us|our|uns|unserem|unseren|unserer|unser|nous|notre|nos|nuestro|nuestra|nuestros|ci|nostro|nostra|nostri|nosso|nossa|\
    ons|onze|nas|nasz|nasza|naszym|naszego|nás|náš|naši|našem|našeg|naše|mus|mūsų|mums|meid|meie|meitä|meidän|oss|vår|\
    vårt|våre|våra|os|vores|minket|ni|noastră|nesh|tonë|bizi|bizim|bizə|нас|наш|нашем|нашу|нашего|наши|нашому|нашої|\
    ни|մեզ|մեր|ჩვენ|ჩვენს|μας|арнамыздан|арнамызға|арнамыз|арнамызда|каналыбыз|каналыбызга|каналыбыздан|kanalimiz|\
    kanalimizga|kanalimizda|kanalımız|kanalımıza|kanalımızdan|kanalımızda|каналымызда|біздің|бізді|бізге|биздин|\
    бизди|бизге|bizning|bizni|bizga|ens|нè|нашым|наша|nam|нам|naszą|uygulamamızı|uygulamamız|ilovamiz|tətbiqimizi|sovelluksemme
    """)
    static let subscribeWords: FastSet = hashes("""
    subscribe|sign|inscrire|inscrivez|abonnez|abonner|abonnieren|anmelden|registrieren|suscríbete|suscribirse|suscríbase|\
    iscriviti|inscreva|assine|meld|tilmeld|prenumerera|tilaa|liitu|telli|abonē|pierakstīties|užsiprenumeruokite|\
    prenumeruokite|zapisz|subskrybuj|přihlaste|přihlásit|prihláste|prihlásiť|pretplati|pretplatite|prijavi|prijavite|\
    naroči|naročite|feliratkozás|iratkozzon|abonează|abone|abonohu|regjistrohu|подпишитесь|подписаться|подписывайтесь|\
    підпишіться|підписатися|абонирайте|пријавите|претплатите|բաժանորդագրվեք|გამოიწერეთ|εγγραφείτε|εγγραφή|\
    odebírejte|jelentkezzen|iratkozz|subscrieți|abonați|înscrie|înscrieți|regjistrohuni|abonohuni|գրանցվեք|\
    registreer|aanmelden|inschrijven|abonneer|abonnér|tilmeld|prenumerera|subskrybuj|zasubskrybuj|pretplatite|\
    subscriu|subscriviu|inscriu|inscriviu|жазылу|жазылыңыз|obuna|abunə|падпісацца|падпішыцеся|претплатете|абонирај|\
    pretplatiti|prijavite|regístrate|registrati|registe|cadastre
    """)

    /// Units that count with the number before them: a reading time's minutes (`Leestijd 4 minuten`, `Lesetid: 3
    /// minutt`), a gallery's photos (`Galerie (12 Bilder)`, `Zobacz galerię (12 zdjęć)`).
    static let minuteWords: FastSet = hashes("""
    min|mins|minute|minutes|minutt|minutter|minuttar|minuten|minuut|minuter|minuttia|minuuttia|minutos|minuti|minut|minuty|\
    minutę|minuta|minūtes|minūtė|minutit|minutiks|perc|percet|dakika|dk|минут|минута|минуты|мин|хвилин|хвилини|хв|минути|\
    րոպե|წუთი|λεπτά|λεπτό|minuty|minuts|хвілін|хвіліны|хвіліна|мүнөт|daqiqa|дақиқа|dəqiqə|dəq|წთ|წუთის|minutters|\
    minuters|minučių|minutės|minuutin|minutter|minuten|minútu|minút|минуты|minuto|mn|мин|bilder|bilde|billeder|\
    zdjęć|zdjęcia|fotek|fotky|fotografií|fotografija|fotografije|fotos|photos|images|kuvaa|fotot|fotót|fotografii|\
    фото|фотографий|фотографії|снимки|слика|слике|fotoğraf|şəkil|լուսանկար|ფოტო|φωτογραφίες|pilti|attēli|nuotraukos|\
    foto
    """)

    /// Time units of an age (`vor 2 Stunden`, `2 hours ago`, `prije 3 sata`, `2 órája`): minutes, hours, days, weeks.
    static let ageUnits: FastSet = hashes("""
    minute|minutes|min|mins|hour|hours|hr|hrs|h|day|days|week|weeks|minuten|stunde|stunden|std|tag|tagen|tage|woche|\
    wochen|minuut|uur|dag|dagen|week|weken|heure|heures|jour|jours|semaine|semaines|minuto|minutos|hora|horas|día|días|\
    semana|semanas|minuti|ora|ore|giorno|giorni|settimana|settimane|dia|dias|minut|oră|zi|zile|minuts|hores|dies|\
    setmanes|setmana|minuty|minutę|godzina|godzinę|godziny|godzin|dzień|dni|tydzień|tygodnie|minutami|minutou|hodinou|\
    hodinami|dnem|dny|dňami|týždňom|týdnem|uro|urama|urami|dnevi|dnevoma|minuta|minute|sat|sata|sati|dan|dana|\
    sedmice|tjedna|минут|минуту|минуты|минута|минути|час|часа|часов|часу|дня|дней|день|дни|сат|сата|сати|дана|дан|\
    хвилин|хвилину|хвилини|година|години|годин|дні|днів|хвілін|хвіліну|гадзіну|гадзіны|гадзін|дзень|дзён|сағат|күн|\
    мүнөт|саат|daqiqa|soat|kun|dəqiqə|saat|gün|dakika|dk|րոպե|ժամ|օր|წუთის|საათის|დღის|λεπτά|λεπτό|ώρα|ώρες|ημέρα|\
    ημέρες|μέρες|perc|perccel|óra|órával|nap|nappal|perce|órája|napja|hete|minuuttia|tuntia|tunti|päivää|viikkoa|\
    minutit|tundi|päeva|nädalat|minūtēm|minūtes|stundām|stundas|dienām|dienas|minučių|minutes|valandas|valandų|dienų|\
    minutë|orë|orësh|ditë|ditësh|minuter|timme|timmar|dagar|minutter|time|timer|dage|dager|timar|døgn
    """)
    /// "Ago" words of an age, before or after the number (Hungarian `órája` carries its own).
    static let agoWords: FastSet = hashes("""
    ago|vor|geleden|il|y|a|hace|fa|há|atrás|acum|temu|před|pred|pirms|prieš|para|prije|pre|пре|пред|преди|назад|тому|\
    таму|бұрын|мурун|oldin|əvvəl|önce|առաջ|წინ|πριν|από|sitten|tagasi|sedan|för|for|siden|sidan|ezelőtt|perce|órája|\
    napja|hete|më|parë
    """)

    /// Today and yesterday: with a time they stamp a related headline (`Вчера, 14:32`, `I går 09:15`, `Dün 18:40`).
    static let dayWords: FastSet = hashes("""
    today|yesterday|heute|gestern|vandaag|gisteren|aujourd|hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|azi|avui|ahir|dziś|\
    dzisiaj|wczoraj|dnes|včera|danes|včeraj|danas|jučer|juče|јуче|данас|денес|вчера|днес|сегодня|сьогодні|учора|\
    вчора|сёння|бүгін|кеше|бүгүн|кечээ|bugun|kecha|bugün|dün|dünən|այսօր|երեկ|დღეს|გუშინ|σήμερα|χθες|ma|tegnap|\
    tänään|eilen|täna|eile|šodien|vakar|šiandien|sot|dje|idag|igår|i|dag|går|gær|klo|kl|um|à|a|alle|às|at|в|о|у|saat|\
    ժամը|kell
    """)

    /// First words of bylines (`By Jane Doe`, `Av Ola Nordmann`, `Yazar:`…).
    static let bylineWords: FastSet = hashes("""
    by|av|af|door|przez|autor|аутор|autorka|author|authors|yazar|yazan|muhabir|автор|авторы|tekst|text|skrevet|written|reporter|\
    redaktør|journalist|kirjoittanut|kirjoittaja|toimittaja|autors|autorius|szerző|autori|հեղինակ|ავტორი|reportér|\
    muhabiri|corespondent|correspondent|korrespondent|корреспондент|кореспондент|dopisnik|dopisovatel|tudósító
    """)


    static func hashes(_ list: String) -> FastSet {
        var out = FastSet()
        for item in list.split(separator: "|") {
            let h = BoilerplateFold.tokenHashes(String(item))
            if h.count == 1 { out.insert(h[0]) }
            // Multi-word entries contribute their first word only where that is meaningful on its own.
        }
        return out
    }
}
