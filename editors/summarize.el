;;; summarize.el --- See the summary of a text inside it  -*- lexical-binding: t; -*-

;; Author: the summarize maintainers
;; Version: 1.0.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: text, wp

;; This file is not part of GNU Emacs.

;;; Commentary:

;; Commands that run the summarize filter on the text of a buffer and
;; show its summary: in a buffer of its own, as links into the text, or
;; highlighted in place.  The text is given to the program on its
;; standard input, so unsaved changes count.
;;
;;   M-x summarize-region       the summary of the region, in *summarize*
;;   M-x summarize-buffer       the summary of the buffer in *summarize*,
;;                              each sentence a button: RET or a click
;;                              shows its place in the text
;;   M-x summarize-highlight    the chosen sentences highlighted in place
;;                              (face `summarize-chosen'); again, the old
;;                              highlights go first
;;   M-x summarize-unhighlight  remove those highlights
;;
;; A numeric prefix argument is the number of sentences, otherwise
;; `summarize-sentences' (5).  `summarize-command' names the program.
;;
;; Install: (load "/path/to/summarize.el"), or
;; M-x package-install-file RET /path/to/summarize.el RET.
;;
;; Places come from --format=json as byte offsets into the UTF-8 text
;; sent; `byte-to-position' turns them into buffer positions.

;;; Code:

(defgroup summarize nil
  "The most important sentences of a text, with summarize(1)."
  :group 'text
  :prefix "summarize-")

(defcustom summarize-command "summarize"
  "The summarize program: a name looked up in variable `exec-path', or a file."
  :type 'string)

(defcustom summarize-sentences 5
  "How many sentences a summary has when no prefix argument is given."
  :type 'integer)

(defface summarize-chosen
  '((t :inherit highlight))
  "Face of the sentences `summarize-highlight' shows.")

(defconst summarize--buffer-name "*summarize*"
  "The name of the buffer that summaries are shown in.")

(defun summarize--count (arg)
  "The number of sentences for a command given the prefix argument ARG."
  (if arg (prefix-numeric-value arg) summarize-sentences))

(defun summarize--run (start end n &rest args)
  "Run `summarize-command' on the text from START to END of this buffer.
Ask for N sentences and pass the options ARGS.  The text is sent as
UTF-8 with LF line ends.  Return the standard output, decoded as UTF-8;
when the program fails, signal an error with the first line of its
standard error."
  (let ((errfile (make-temp-file "summarize"))
        (src (current-buffer))
        (coding-system-for-write 'utf-8-unix)
        (coding-system-for-read 'utf-8-unix))
    (unwind-protect
        (with-temp-buffer
          (let* ((out (current-buffer))
                 (status
                  (with-current-buffer src
                    ;; The program reads no file; run it where it can run
                    ;; (not in a remote or a removed directory).
                    (let ((default-directory
                           (if (and (not (file-remote-p default-directory))
                                    (file-accessible-directory-p
                                     default-directory))
                               default-directory
                             temporary-file-directory)))
                      (apply #'call-process-region start end
                             summarize-command nil (list out errfile) nil
                             "-n" (number-to-string n) args)))))
            (unless (eql status 0)
              (let ((why (with-temp-buffer
                           (insert-file-contents errfile)
                           (goto-char (point-min))
                           (buffer-substring (point) (line-end-position)))))
                (error "%s" (if (string= why "")
                                (format "%s: %s" summarize-command status)
                              why))))
            (buffer-string)))
      (delete-file errfile))))

(defun summarize--sentences (start end n)
  "The chosen sentences of the text from START to END, N at most.
Each is an alist with the members of summarize's json output: rank,
index, offset, length, line, column, score and text, best first."
  (let ((json (summarize--run start end n "--format=json")))
    (alist-get 'summary
               (json-parse-string json
                                  :object-type 'alist :array-type 'list))))

(defun summarize--span (start sentence)
  "The buffer positions (BEG . END) of SENTENCE of the text sent from START.
SENTENCE's offset and length count bytes of the UTF-8 text, which are
the buffer's own bytes for UTF-8 text."
  (let* ((base (position-bytes start))
         (offset (alist-get 'offset sentence))
         (length (alist-get 'length sentence)))
    (cons (byte-to-position (+ base offset))
          (byte-to-position (+ base offset length)))))

(defun summarize--show (buffer)
  "Show BUFFER, a summary, in another window, and return it."
  (display-buffer buffer)
  buffer)

(define-derived-mode summarize-mode special-mode "Summary"
  "Mode of the *summarize* buffer: the summary of a text.
In the summary of a buffer each sentence is a button; RET or a click
on it shows the sentence in its place in the text.")

(defun summarize--output-buffer ()
  "The *summarize* buffer, emptied and in `summarize-mode'."
  (let ((buffer (get-buffer-create summarize--buffer-name)))
    (with-current-buffer buffer
      (let ((inhibit-read-only t))
        (erase-buffer))
      (summarize-mode))
    buffer))

;;;###autoload
(defun summarize-region (start end &optional n)
  "Show the summary of the text from START to END in *summarize*.
The summary is N sentences, best first, one a line; interactively, the
region and the prefix argument, or `summarize-sentences'."
  (interactive (list (region-beginning) (region-end)
                     (summarize--count current-prefix-arg)))
  (let ((text (summarize--run start end (or n summarize-sentences)))
        (buffer (summarize--output-buffer)))
    (with-current-buffer buffer
      (let ((inhibit-read-only t))
        (insert text)
        (goto-char (point-min))))
    (summarize--show buffer)))

(defun summarize--jump (button)
  "Show the sentence of BUTTON in its place in the text."
  (let ((marker (button-get button 'summarize-marker)))
    (unless (buffer-live-p (marker-buffer marker))
      (user-error "The summarized buffer is gone"))
    (pop-to-buffer (marker-buffer marker))
    (goto-char marker)))

;;;###autoload
(defun summarize-buffer (&optional n)
  "Show the summary of this buffer in *summarize*, N sentences, best first.
Each sentence is a button that shows it in its place in the text.  A
narrowed buffer is summarized as far as it is accessible.
Interactively, N is the prefix argument, or `summarize-sentences'."
  (interactive (list (summarize--count current-prefix-arg)))
  (let* ((source (current-buffer))
         (start (point-min))
         (sentences (summarize--sentences start (point-max)
                                          (or n summarize-sentences)))
         (buffer (summarize--output-buffer)))
    (with-current-buffer buffer
      (let ((inhibit-read-only t))
        (dolist (s sentences)
          (insert-text-button
           (alist-get 'text s)
           'action #'summarize--jump
           'follow-link t
           'help-echo "Show this sentence in its place"
           'summarize-marker
           (with-current-buffer source
             (copy-marker (car (summarize--span start s)))))
          (insert "\n"))
        (goto-char (point-min))))
    (summarize--show buffer)))

;;;###autoload
(defun summarize-unhighlight ()
  "Remove the overlays that `summarize-highlight' put in this buffer."
  (interactive)
  (save-restriction
    (widen)
    (remove-overlays (point-min) (point-max) 'summarize t)))

;;;###autoload
(defun summarize-highlight (&optional n)
  "Highlight in place the N sentences of this buffer's summary.
The face is `summarize-chosen'; the highlights of an earlier call go
first.  A narrowed buffer is summarized as far as it is accessible.
Interactively, N is the prefix argument, or `summarize-sentences'."
  (interactive (list (summarize--count current-prefix-arg)))
  (let ((start (point-min))
        (sentences (summarize--sentences (point-min) (point-max)
                                         (or n summarize-sentences))))
    (summarize-unhighlight)
    (dolist (s sentences)
      (let* ((span (summarize--span start s))
             (ov (make-overlay (car span) (cdr span) nil t nil)))
        (overlay-put ov 'summarize t)
        (overlay-put ov 'face 'summarize-chosen)
        (overlay-put ov 'evaporate t)
        (overlay-put ov 'help-echo
                     (format "Summary sentence %d" (alist-get 'rank s)))))))

(provide 'summarize)

;;; summarize.el ends here
