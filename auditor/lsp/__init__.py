"""The language server (``auditor lsp``): live diagnostics in any LSP editor.

pygls and lsprotocol are imported only here, so ``auditor check`` never loads them.
"""
