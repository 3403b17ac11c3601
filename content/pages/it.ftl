# Page texts for learners (Italian), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Istruzione ai sensi del § 43 Infektionsschutzgesetz (legge tedesca sulla protezione dalle infezioni)
machine-translation-notice = Questa traduzione è stata fatta automaticamente e non è stata verificata. Il testo vincolante è quello tedesco.
machine-translation-link = Leggi in tedesco
skip-to-content = Vai al contenuto
language-label = Lingua
language-submit = Cambia lingua
footer-accessibility = Accessibilità
footer-privacy = Protezione dei dati
footer-imprint = Note legali
footer-verify = Verifica dell'attestato

## Start page

start-heading = Istruzione online per chi lavora con gli alimenti
start-intro = Chi per lavoro produce, tratta o mette in commercio determinati alimenti, oppure lavora nelle cucine di ristoranti, mense e strutture simili (§ 42, commi 1 e 2, IfSG), ha bisogno di un attestato dell'ufficio sanitario prima del primo giorno di lavoro. Qui lei fa l'istruzione online e riceve subito l'attestato.
start-how-heading = Come funziona
start-step-videos = Guarda { $chapters } brevi video con sottotitoli, in tutto circa { $minutes } minuti.
start-step-quiz = Risponde ad alcune domande sui video.
start-step-declaration = Dichiara di non conoscere motivi per un divieto di lavoro.
start-step-certificate = Riceve l'attestato come file PDF.
start-bring-heading = Che cosa le serve
start-bring = La sua carta d'identità o il passaporto (per scrivere il suo nome in modo esatto), circa { $total } minuti di tempo e l'audio o le cuffie.
start-cost-heading = Costi
start-cost = I costi li decide il suo ufficio sanitario. Li vede quando ha scelto il suo ufficio sanitario.
start-find-office = Trovi il suo ufficio sanitario
postcode-label = CAP del luogo dove abita
postcode-hint = 5 cifre, per esempio 99999
postcode-search = Cerca l'ufficio sanitario
postcode-invalid = Inserisca un CAP di 5 cifre.
postcode-none = Per questo CAP nessun ufficio sanitario offre qui l'istruzione. Scelga un ufficio sanitario dalla lista o chieda al suo ufficio sanitario.
office-list-heading = Tutti gli uffici sanitari
office-choose = Inizia l'istruzione con questo ufficio sanitario
office-not-in-language = Questo ufficio sanitario non offre l'istruzione nella sua lingua.
resume-heading = Continuare
resume-text = Ha già iniziato. Continui dal punto dove ha smesso.
resume-button = Continua

## Personal details

enrol-heading = I suoi dati
enrol-intro = Scriva il suo nome come nella carta d'identità o nel passaporto. Questi dati saranno sull'attestato.
enrol-office = Ufficio sanitario
given-name-label = Nome (o nomi)
family-name-label = Cognome
latin-intro = Solo se il suo nome è scritto in un altro alfabeto: il suo nome in lettere latine, come nel passaporto.
given-name-latin-label = Nome (o nomi) in lettere latine
family-name-latin-label = Cognome in lettere latine
birth-date-label = Data di nascita
birth-date-hint = Giorno.Mese.Anno, per esempio 31.12.1990 o senza punti 31121990
email-label = Indirizzo e-mail (facoltativo)
email-hint = Così le mandiamo l'attestato anche per e-mail.
enrol-privacy = L'ufficio sanitario usa i suoi dati solo per l'istruzione e per l'attestato.
enrol-submit = Avanti ai video
form-errors-heading = Controlli i suoi dati:
error-given-name = Scriva il suo nome come nella carta d'identità.
error-family-name = Scriva il suo cognome come nella carta d'identità.
error-latin = Sull'attestato il suo nome può essere stampato solo in lettere latine. Lo scriva anche in lettere latine, come nel passaporto.
error-birth-date = Scriva la data di nascita così: Giorno.Mese.Anno, per esempio 31.12.1990 o 31121990.
error-birth-date-no-such-day = Questo giorno non esiste. Controlli il giorno e il mese.
error-birth-date-two-digit-year = Scriva l'anno con quattro cifre, per esempio 1990 invece di 90.
error-birth-date-future = Questa data è nel futuro. Controlli l'anno.
error-birth-date-too-young = L'istruzione è possibile solo a partire dai { $min } anni.
error-birth-date-implausible = Controlli l'anno: la data è troppo lontana nel passato.
error-name-character = Il carattere «{ $character }» non è ammesso in un nome. Sono ammessi lettere, spazi, apostrofo, trattino e punto.
error-name-too-long = Il nome è troppo lungo: al massimo { $max } caratteri.
error-name-no-letter = Un nome deve avere almeno una lettera.
error-title-prefix = Errore:
error-email = Controlli l'indirizzo e-mail oppure lasci vuoto il campo.
error-name-invisible = Il nome contiene un carattere invisibile o un a capo (per esempio un carattere di riempimento). Riscriva il nome invece di incollarlo.
error-name-direction = Il nome contiene un carattere di controllo della direzione del testo che cambia il modo in cui il nome viene mostrato. Riscriva il nome.
error-name-joiner = Il nome contiene un carattere di unione invisibile nel posto sbagliato. È ammesso solo tra due lettere di una scrittura come l’arabo, il persiano o l’hindi.
error-name-mixed-script = Una parola del nome mescola lettere latine con lettere cirilliche o greche che sembrano uguali (per esempio М e M). Scriva ogni parola in una sola scrittura, come nel passaporto.
error-email-plain = Indichi solo l’indirizzo e-mail, per esempio nome@esempio.it: senza un nome davanti, senza i segni < e >, e con un nome di dominio invece di un indirizzo IP.

## Overview

course-heading = La sua istruzione
course-progress = Video guardati: { $done } su { $total }
chapter-done = guardato
chapter-open = non ancora guardato
resume-link-heading = Continuare più tardi
resume-link-text = Con questo link può continuare più tardi, anche su un altro dispositivo. Non dia il link a nessuno.
next-quiz = Avanti alle domande
quiz-locked = Le domande si aprono quando ha guardato tutti i video.

## Chapter

chapter-of = Capitolo { $number } di { $total }
video-noscript = Perché la visione venga contata, questa pagina ha bisogno di JavaScript. Attivi JavaScript. Tutto il resto funziona anche senza.
video-status = Guardato: { $percent } %
video-status-done = Questo video è stato guardato tutto.
video-status-offline = Nessuna connessione. I suoi progressi vengono inviati appena la connessione torna.
video-hint = Guardi ogni video fino alla fine. Le parti saltate in avanti non vengono contate.
video-narrated-in = Il video è in { $narration }. I sottotitoli sono in { $captions }.
video-sign-language = Lingua dei segni (DGS)
chapter-text-heading = Il testo del video
chapter-next = Capitolo successivo
chapter-overview = Alla panoramica

## Quiz

quiz-heading = Domande sull'istruzione
quiz-intro = Risponda a { $count } domande. In alcune domande sono giuste più risposte: scelga tutte quelle giuste. Supera il test con il { $percent } % di risposte giuste.
quiz-start = Inizia le domande
quiz-question = Domanda { $number } di { $count }
quiz-submit = Invia le risposte
quiz-passed = Superato: risposte giuste { $score } su { $count }.
quiz-failed = Purtroppo non superato: risposte giuste { $score } su { $count }.
quiz-retry = Riprova
quiz-attempts-left = Tentativi rimasti: { $left }.
quiz-rewatch = Ha usato tutti i tentativi. Guardi di nuovo i video. Poi può rispondere di nuovo alle domande.
quiz-correct = Giusto
quiz-wrong = Sbagliato
quiz-next = Avanti alla dichiarazione
quiz-choose-all = Scelga tutte le risposte giuste.
quiz-your-answer = La sua risposta
quiz-right-answer = La risposta giusta
quiz-no-answer = nessuna risposta
quiz-next-question = Avanti
quiz-previous = Torna alla domanda precedente
quiz-to-review = Avanti alle sue risposte
quiz-review-heading = Le sue risposte
quiz-review-intro = Controlli le sue risposte. Con «Modifica» torna alla domanda. Poi invii le risposte.
quiz-change = Modifica

## Declaration

declaration-heading = La sua dichiarazione
declaration-confirm = Sì, lo dichiaro.
declaration-handover-heading = Ora passi il dispositivo, per favore
declaration-handover = Lei ha meno di 18 anni. Per questo la dichiarazione la fa per lei sua madre, suo padre o il suo tutore (§ 43, comma 6, IfSG). Per favore, dia ora il dispositivo a questa persona.
declaration-handover-continue = Sono la madre, il padre o il tutore – avanti
declaration-carer-link = Un'amministratrice o un amministratore di sostegno fa la dichiarazione per me
declaration-representative-heading = Dichiarazione per un'altra persona
declaration-representative-intro = Lei fa la dichiarazione per { $name }. Inserisca il suo nome, come nel suo documento d'identità.
declaration-representative-facts = Fatti che giustificano un divieto di lavoro sono per esempio: diarrea con più di due scariche liquide al giorno; vomito; febbre alta con forte mal di testa, mal di pancia o dolori alle articolazioni; pelle gialla o occhi gialli; ferite o zone della pelle con pus o che secernono liquido; oppure un medico o un laboratorio ha riscontrato Salmonella, Shigella, EHEC, germi del tifo o del colera oppure epatite A o E. Se conosce fatti di questo tipo riguardo a { $name }, non faccia la dichiarazione e si rivolga all'ufficio sanitario.
declaration-role-legend = Lei fa la dichiarazione come
declaration-role-parent = Madre o padre con responsabilità genitoriale
declaration-role-guardian = Tutore (nominato dal tribunale della famiglia)
declaration-role-carer = Amministratrice o amministratore di sostegno; i suoi compiti comprendono questa dichiarazione
representative-given-name-label = Il suo nome
representative-family-name-label = Il suo cognome
declaration-representative-next = Avanti alla dichiarazione
declaration-german-heading = Testo tedesco vincolante
declaration-translation-heading = Traduzione
error-role = Scelga in quale veste fa la dichiarazione.
error-representative-is-holder = Inserisca il suo nome: la dichiarazione la fa la persona che agisce per un'altra persona, non la persona che ha ricevuto l'istruzione.
declaration-submit = Invia la dichiarazione e ricevi l'attestato
declaration-required = Confermi la dichiarazione. Se conosce motivi per un divieto di lavoro, non può iniziare l'attività: si rivolga al suo ufficio sanitario.

## Done

done-heading = Fatto! Ecco il suo attestato.
done-code = Codice dell'attestato
done-download = Scarica l'attestato (PDF)
done-view = Visualizza l'attestato come pagina web: per la lettura ad alta voce e per la stampa
certificate-view-heading = Il suo attestato
certificate-view-intro = È lo stesso attestato del file PDF, come pagina web per la lettura ad alta voce e per la stampa. Ogni versione può essere verificata con il codice.
done-mailed = Mandiamo l'attestato anche a { $email }.
done-employer = Dia l'attestato al suo datore di lavoro. Il primo giorno di lavoro l'attestato può avere al massimo tre mesi.
done-verify = Chiunque può verificare l'attestato con il codice QR.

## Errors

error-heading = Non ha funzionato
error-not-found = Questa pagina non esiste.
error-session = Questa istruzione è stata iniziata su un altro dispositivo, oppure il link è incompleto. Apra il link che ha salvato.
error-expired = Il modulo è rimasto aperto troppo a lungo. Riprovi.
error-unavailable = Il servizio ora non è raggiungibile. I suoi dati sono salvati. Riprovi tra qualche minuto.
error-too-many = Dalla sua connessione internet sono appena state avviate troppe iscrizioni. La preghiamo di riprovare tra qualche minuto.
error-back = Torna all'inizio

## Pages of the health office

accessibility-heading = Dichiarazione di accessibilità
privacy-heading = Informativa sulla protezione dei dati
imprint-heading = Note legali
accessibility-sign-language = Capitoli con un video in lingua dei segni tedesca (DGS): { $chapters }.
accessibility-sign-language-none = Per ora nessun capitolo ha un video in lingua dei segni tedesca (DGS).
imprint-pictures = Le immagini nei video sono di OpenMoji (openmoji.org), con licenza CC BY-SA 4.0.
privacy-short-heading = L'essenziale in breve
privacy-short = { $office } tratta il suo nome, la sua data di nascita, le sue risposte e la sua dichiarazione per istruirla ai sensi del § 43 Infektionsschutzgesetz e rilasciarle l'attestato. L'attestato viene rilasciato automaticamente quando lei ha visto tutti i video, ha superato le domande e ha fatto la dichiarazione. Chi conosce il codice dell'attestato può verificarlo e vede il suo nome, la sua data di nascita, la data dell'istruzione e se l'attestato è valido. Un'istruzione non completata viene cancellata dopo { $days } giorni, un attestato dopo { $years } anni. Lei ha diritto di accesso, di rettifica e di reclamo. Domande a: { $email }.
privacy-full-german = Segue l'informativa completa sulla protezione dei dati in tedesco; è quella vincolante.
office-text-german = L'ufficio sanitario pubblica questo testo solo in tedesco.
privacy-sections-heading = L'informativa completa sulla protezione dei dati
privacy-section-previous = Sezione precedente
privacy-section-next = Sezione successiva
privacy-section-overview = Tutte le sezioni dell'informativa sulla protezione dei dati

## Links, access and the certificate by one-time code

resume-link-create = Crea un link
resume-link-once = Il link funziona una sola volta e per { $days } giorni.
resume-link-copy = Copia il link
resume-link-copied = Copiato
resume-link-mail = Invia un link al mio indirizzo e-mail
resume-link-mailed = Abbiamo inviato un nuovo link al suo indirizzo e-mail. Funziona una sola volta.
resume-link-no-address = Non ha indicato alcun indirizzo e-mail. Crei qui il link e se lo annoti.
resume-spent-heading = Questo link non è più valido
resume-spent-text = Il link è già stato usato o è scaduto. Ogni link funziona una sola volta.
resume-spent-mail = Possiamo inviarle un nuovo link al suo indirizzo e-mail.
resume-spent-mail-button = Invia un nuovo link per e-mail
resume-spent-no-mail = Per questa istruzione non è salvato alcun indirizzo e-mail. Apra l'istruzione nel browser in cui l'ha iniziata oppure si rivolga all'ufficio sanitario.
resume-mailed = Abbiamo inviato un nuovo link al suo indirizzo e-mail. Funziona una sola volta.
error-access-ended = Il suo certificato è già stato rilasciato. Per proteggerla, questo accesso non lo apre più. Riceve il PDF con il codice del certificato, la sua data di nascita e un codice monouso via e-mail.
pdf-heading = Scarica il certificato
pdf-intro = Inserisca il codice del certificato e la sua data di nascita. Inviamo un codice monouso all'indirizzo e-mail indicato all'iscrizione.
pdf-send = Invia codice monouso
pdf-sent = Se i dati corrispondono a un certificato con indirizzo e-mail, vi abbiamo inviato un codice monouso. È valido { $minutes } minuti.
pdf-one-time-label = Codice monouso dall'e-mail
pdf-download = Scarica il PDF
pdf-view = Visualizza come pagina web: per la lettura ad alta voce o per la stampa
pdf-code-wrong = Il codice monouso è sbagliato o non è più valido. Dopo 5 tentativi non vale più: ne richieda allora uno nuovo.
pdf-code-malformed = Controlli il codice del certificato: 16 caratteri, per esempio ABCD-EFGH-JKMN-PQRS.
pdf-office = Nessun indirizzo e-mail indicato? L'ufficio sanitario le rilascia una nuova copia.

## Verify page (/pruefen)

verify-title = Verifica dell'attestato
verify-intro = Qui uffici sanitari, datori di lavoro e controllo degli alimenti verificano un attestato ai sensi del § 43, comma 1, IfSG.
verify-enter-code = Codice dell'attestato
verify-code-hint = 16 caratteri, per esempio ABCD-EFGH-JKMN-PQRS
verify-check = Verifica
verify-valid = Valido: questo attestato è stato rilasciato e non è stato dichiarato non valido.
verify-revoked = Dichiarato non valido: questo attestato non è più valido.
verify-unknown = Sconosciuto: non esiste nessun attestato con questo codice.
verify-deleted = Cancellato dopo la scadenza del periodo di conservazione: l'ufficio sanitario ha rilasciato un attestato con questo codice e ne ha cancellato i dati dopo il periodo di conservazione. L'attestato resta valido; un duplicato non è più possibile.
verify-deleted-revoked = Cancellato dopo la scadenza del periodo di conservazione: questo attestato era stato dichiarato non valido. I suoi dati sono stati cancellati dopo il periodo di conservazione.
verify-deleted-check = Nome e data di nascita non sono più memorizzati. Verifichi la persona con la firma digitale dal codice QR (qui sotto) e con un documento d'identità.
verify-issued-at = Rilasciato il
verify-deleted-at = Cancellato il
verify-typo = Errore di battitura: questo codice non è possibile. Lo confronti carattere per carattere.
verify-malformed = Questo non è un codice di attestato (16 caratteri tra cifre e lettere).
verify-holder = Titolare
verify-latin-spelling = Grafia del passaporto (lettere latine)
verify-birth-date = Data di nascita
verify-instructed-at = Data dell'istruzione
verify-issuer = Rilasciato da
verify-guardian = Dichiarazione resa da (§ 43, comma 6, IfSG)
verify-revoked-at = Dichiarato non valido il
verify-reason = Motivo
verify-valid-until = Valido per iniziare l'attività per la prima volta fino al { $date }; dopo, valido senza limiti di tempo.
verify-signature-heading = Firma digitale dal codice QR
verify-signature-noscript = Senza JavaScript questa pagina verifica la registrazione presso l'ufficio sanitario (sopra). Con JavaScript verifica anche la firma contenuta nel codice QR.
verify-signature-none = Questa pagina è stata aperta senza codice QR; non c'è nessuna firma da verificare.
verify-signature-checking = Verifica della firma in corso …
verify-signature-valid = La firma è autentica e corrisponde a questo attestato.
verify-signature-invalid = La firma NON è valida: i dati sono stati modificati o non provengono dall'ufficio sanitario.
verify-upload-heading = Verifica di un file PDF
verify-upload-hint = Verifica se un file PDF è stato rilasciato dall'ufficio sanitario esattamente così.
verify-upload = Verifica il file
verify-upload-exact = Questo file è stato rilasciato esattamente così.
verify-upload-not-exact = Questo file NON è stato rilasciato così (è stato modificato o appartiene a un altro attestato).
verify-upload-missing = Scelga un file PDF.
verify-language = Lingua
verify-development-key = Chiave di sviluppo — non valido: questo attestato è stato firmato con una chiave di sviluppo (prova o dimostrazione) e non è un attestato valido dell'ufficio sanitario.
verify-signature-development = La firma proviene da una chiave di sviluppo — non valida. Un attestato del genere è solo una prova.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Rilasciato per errore
verify-revocation-replaced = Sostituito da un nuovo attestato
verify-revocation-obtained-by-deception = Ottenuto con l'inganno
verify-revocation-other = Altro motivo

## How the identity is checked

identity-heading = Come verifichiamo la sua identità
identity-intro = L'attestato riporta il suo nome. Per questo l'ufficio sanitario verifica che sia proprio lei. Scelga come:
identity-choose = Scelga come vuole dimostrare la sua identità.
identity-staff = Mostrare il documento d'identità all'ufficio sanitario
identity-staff-needs = Ora fa l'istruzione online. Dopo mostra la carta d'identità, il passaporto o il permesso di soggiorno all'ufficio sanitario: di persona o in una videochiamata. Solo allora riceve l'attestato.
identity-bundid = Con la carta d'identità online (BundID)
identity-bundid-needs = Le serve: la sua carta d'identità con la funzione online, uno smartphone con NFC e il suo PIN di sei cifre. Riceve l'attestato subito.
identity-none = Questo ufficio sanitario non verifica il suo documento d'identità. L'attestato è valido solo insieme a un documento d'identità ufficiale con foto.
identity-bundid-login = Accedere con la carta d'identità online
identity-or-typed = Oppure inserisca i suoi dati a mano
identity-bundid-fixed = Il nome e la data di nascita vengono dalla sua carta d'identità online. Qui non li può cambiare.
bundid-refused-title = L'accesso con la carta d'identità online non è riuscito
bundid-refused = Non è stato salvato nulla. Acceda di nuovo.
bundid-too-low = Questo ufficio sanitario richiede la carta d'identità online. Il suo accesso aveva un livello di sicurezza più basso. Acceda con la sua carta d'identità e il suo PIN.
bundid-expired = Il suo accesso è scaduto. Acceda di nuovo.
bundid-again = Accedere di nuovo
pending-heading = Quasi fatto: mostri il suo documento d'identità
pending-intro = La sua dichiarazione è salvata. L'ufficio sanitario rilascia l'attestato appena ha verificato il suo documento d'identità. Indichi allora il suo numero di pratica.
pending-case = Il suo numero di pratica
pending-office = Come proseguire con l'ufficio sanitario:
pending-booking = Prenota una videochiamata
pending-rejected = L'ufficio sanitario non ha potuto confermare la sua identità. Si rivolga all'ufficio sanitario.

## Fees
fee-free = L'istruzione è gratuita.
fee-before-course = L'istruzione costa { $amount }. Lei paga prima del corso.
fee-before-certificate = L'istruzione costa { $amount }. Lei paga dopo l'istruzione, prima di ricevere l'attestato.
fee-heading = Pagare la tariffa
fee-intro-course = L'istruzione costa { $amount }. Per favore paghi prima. Poi inizia il corso.
fee-intro-certificate = La sua dichiarazione è salvata. L'istruzione costa { $amount }. Appena avrà pagato, riceverà il suo attestato.
fee-online-heading = Pagare online
fee-online-text = Lei paga con il servizio di pagamento del Land (stato federato), per esempio con carta di credito, PayPal o tramite la sua banca. Poi torna qui.
fee-online-button = Paga ora { $amount }
fee-online-missing = Presso questo ufficio sanitario non si può ancora pagare online. Paghi con un buono o presso l'ufficio sanitario.
fee-payment-open = Il suo pagamento non è ancora concluso. Se ha già pagato, aspetti un momento e ricarichi questa pagina.
fee-payment-cancelled = Il pagamento è stato annullato. Può riprovare.
fee-payment-failed = Il pagamento non è riuscito. Può riprovare o pagare in un altro modo.
fee-unavailable = Il servizio di pagamento ora non è raggiungibile. Riprovi tra qualche minuto. I suoi dati restano salvati.
fee-not-offered = Questo ufficio sanitario non offre questa possibilità.
fee-voucher-heading = Pagare con un buono
fee-voucher-label = Codice del buono (per esempio ABCD-EFGH-JKMN)
fee-voucher-button = Usa il buono
fee-voucher-invalid = Questo buono non è valido. È sconosciuto, già usato o scaduto.
fee-voucher-typo = Il codice ha un errore di battitura. Controlli ogni carattere.
fee-waiver-heading = Esenzione dalla tariffa
fee-waiver-text = L'ufficio sanitario concede l'esenzione dalla tariffa per:
fee-waiver-volunteer = lavoro volontario, per esempio in un'associazione o alla Tafel (banco alimentare)
fee-waiver-internship = un tirocinio scolastico
fee-waiver-benefits = persone che ricevono Bürgergeld (sussidio di base), Sozialhilfe (assistenza sociale) o Asylbewerberleistungen (prestazioni per richiedenti asilo)
fee-waiver-reason = Breve motivazione, per esempio il nome dell'associazione o della scuola
fee-waiver-button = Richiedi l'esenzione
fee-waiver-staff-note = L'ufficio sanitario esamina la sua richiesta. Può chiederle un documento come prova.
fee-waiver-choose = Scelga per quale motivo chiede l'esenzione.
fee-waiver-reason-missing = Scriva una breve motivazione (al massimo { $max } caratteri).
fee-waiver-pending = La sua richiesta di esenzione è salvata. L'ufficio sanitario la esamina. Torni più tardi su questa pagina.
fee-waiver-refused = L'ufficio sanitario non ha concesso l'esenzione. Per favore paghi la tariffa.
fee-desk = Può pagare la tariffa anche presso l'ufficio sanitario.
done-fee-online = Pagato: { $amount } il { $date }, riferimento del pagamento { $reference }.
done-fee-voucher = Pagato con il buono { $reference } il { $date }.
done-fee-waiver = Esenzione dalla tariffa concessa il { $date }.
done-fee-desk = Pagato presso l'ufficio sanitario: { $amount } il { $date }.

## Wallet
wallet-credential-name = Attestato ai sensi del § 43 Infektionsschutzgesetz (legge tedesca sulla protezione dalle infezioni)
wallet-claim-given_name = Nome
wallet-claim-family_name = Cognome
wallet-claim-birthdate = Data di nascita
wallet-claim-instructed_on = Data dell'istruzione
wallet-claim-issuing_authority = Ufficio sanitario
wallet-claim-certificate_code = Codice dell'attestato
wallet-claim-identity_check = Verifica dell'identità
wallet-claim-given_name_latin = Nome in lettere latine
wallet-claim-family_name_latin = Cognome in lettere latine
wallet-heading = L'attestato nel suo portafoglio digitale
wallet-what = Un portafoglio digitale (wallet) è un'app sul cellulare per conservare documenti, per esempio l'EUDI-Wallet. Può salvare lì l'attestato e mostrarlo al suo datore di lavoro o al controllo degli alimenti.
wallet-pdf-stays = Il portafoglio digitale non è necessario: l'attestato in PDF è valido anche senza.
wallet-button = Aggiungere l'attestato al portafoglio digitale
wallet-offer-heading = Aggiungere al portafoglio digitale
wallet-offer-scan = Scansioni questo codice con l'app del suo portafoglio. Se il portafoglio è su questo cellulare, tocchi il pulsante.
wallet-offer-qr = Codice QR per il portafoglio digitale
wallet-offer-open = Aprire il portafoglio su questo cellulare
wallet-offer-pin = Il portafoglio chiede un PIN. Il suo PIN:
wallet-offer-pin-mailed = Il portafoglio chiede un PIN. Glielo abbiamo mandato per e-mail a { $email }.
wallet-offer-expiry = Il codice e il PIN valgono 15 minuti e una sola volta. Dopo ne riceve di nuovi qui.
wallet-offer-back = Torna all'attestato
wallet-check-heading = Verifica di un attestato da un portafoglio digitale
wallet-check-intro = Per datori di lavoro e controllo degli alimenti: la persona mostra l'attestato dal suo portafoglio digitale. Per farlo, il portafoglio ha bisogno di questo destinatario e di questo valore monouso.
wallet-check-audience = Destinatario
wallet-check-nonce = Valore monouso
wallet-check-label = Documento dal portafoglio (SD-JWT con Key-Binding-JWT)
wallet-check-button = Verifica
wallet-check-valid = Valido: firmato dall'ufficio sanitario, non revocato e mostrato con il portafoglio della persona.
wallet-check-revoked = Revocato: questo attestato non è più valido.
wallet-check-development = Firmato con una chiave di test: non è un documento valido.
wallet-check-claims = Dati mostrati
wallet-check-office = Rilasciato da
wallet-check-again = Verifica un altro documento
wallet-check-invalid-form = Non valido: non è un documento completo di un portafoglio digitale.
wallet-check-invalid-signature = Non valido: la firma non corrisponde, oppure chi lo ha rilasciato non è un ufficio sanitario di questo servizio.
wallet-check-invalid-disclosure = Non valido: un dato è stato modificato.
wallet-check-invalid-binding = Non valido: il documento non è stato mostrato con il portafoglio della persona.
wallet-check-invalid-audience = Non valido: il valore monouso è sconosciuto, scaduto o già usato. Ricarichi la pagina e mostri di nuovo il documento.
wallet-check-invalid-time = Non valido: il documento è troppo vecchio. Lo mostri di nuovo.
