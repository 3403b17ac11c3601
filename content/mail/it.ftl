# E-mail texts (Italian). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Il suo attestato ai sensi del § 43 IfSG
certificate-body =
    Buongiorno { $name },

    lei ha completato l'istruzione ai sensi del § 43 Abs. 1 della legge sulla protezione dalle infezioni (Infektionsschutzgesetz). Il suo attestato è allegato a questa e-mail come file PDF.

    Rilasciato da: { $office }

    Codice dell'attestato: { $code }
    Chiunque può verificare l'attestato qui: { $verify_url }

    Il suo attestato come pagina web da leggere, ascoltare ad alta voce e stampare (con codice monouso): { $view_url }

    Consegni l'attestato al suo datore di lavoro. Il primo giorno di lavoro l'attestato non può avere più di tre mesi. Conservi bene il file.

reissue-subject = Nuova copia del suo attestato ai sensi del § 43 IfSG
reissue-body =
    Buongiorno { $name },

    in allegato trova una nuova copia del suo attestato come file PDF. L'attestato in sé non è cambiato.

    Rilasciato da: { $office }

    Codice dell'attestato: { $code }
    Chiunque può verificare l'attestato qui: { $verify_url }

    Il suo attestato come pagina web da leggere, ascoltare ad alta voce e stampare (con codice monouso): { $view_url }

resume-subject = Il suo link all'istruzione
resume-body =
    Buongiorno { $name },

    con questo link prosegue la sua istruzione:
    { $link }

    Il link funziona una sola volta. Non lo dia a nessuno.

pdf-code-subject = Il suo codice monouso per il certificato
pdf-code-body =
    Buongiorno { $name },

    il suo codice monouso: { $one_time_code }

    Lo inserisca su { $link } per scaricare il certificato { $code }. Il codice vale solo per poco tempo e una sola volta.

    Non ha richiesto un codice? Allora cancelli questo messaggio.

footer = Questo messaggio è stato inviato automaticamente. Per domande: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Tariffa pagata: { $amount } il { $date }, riferimento del pagamento { $reference }.
fee-voucher = Tariffa pagata con il buono { $reference }.
fee-waiver = Lei è esente dalla tariffa.
fee-desk = Tariffa pagata presso l'ufficio sanitario: { $amount } il { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Il suo PIN per il portafoglio digitale
wallet-pin-body =
    Buongiorno { $name },

    il suo PIN per l'attestato nel portafoglio digitale: { $one_time_code }

    L'app del portafoglio chiede questo PIN quando scansiona il codice QR. Il PIN vale 15 minuti e una sola volta.

    Non l'ha richiesto? Allora cancelli questo messaggio.
