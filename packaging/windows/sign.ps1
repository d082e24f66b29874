# Authenticode-signs the given files with signtool, when a certificate is configured:
#   WINDOWS_CERT_PFX_BASE64  the code-signing certificate (PFX, base64)
#   WINDOWS_CERT_PASSWORD    its password
#   WINDOWS_TIMESTAMP_URL    RFC 3161 timestamp server (default below)
# Without a certificate it says so and signs nothing (unsigned builds still install, with a
# SmartScreen warning). The password never reaches a command line: the PFX is imported into
# the user's certificate store and signtool picks the certificate by thumbprint.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = 'Stop'
if (-not $env:WINDOWS_CERT_PFX_BASE64) {
    Write-Host "sign: no certificate (WINDOWS_CERT_PFX_BASE64 unset): signing skipped for $($Files -join ', ')"
    exit 0
}
$timestamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
$pfx = Join-Path $env:RUNNER_TEMP 'figestio-signing.pfx'
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
try {
    $password = ConvertTo-SecureString $env:WINDOWS_CERT_PASSWORD -AsPlainText -Force
    $cert = Import-PfxCertificate -FilePath $pfx -CertStoreLocation Cert:\CurrentUser\My -Password $password
} finally {
    Remove-Item $pfx -Force
}
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" | Sort-Object FullName | Select-Object -Last 1
& $signtool.FullName sign /sha1 $cert.Thumbprint /fd SHA256 /tr $timestamp /td SHA256 /d "Figestió Sync" @Files
if ($LASTEXITCODE -ne 0) { throw "signtool failed ($LASTEXITCODE)" }
& $signtool.FullName verify /pa @Files
if ($LASTEXITCODE -ne 0) { throw "signtool verify failed ($LASTEXITCODE)" }
