# Builds Partnership Atlas for Windows: an app image and a per-user .msi (no administrator rights
# needed to install). Run on Windows from the project folder, with a JDK 17 (for jpackage), Maven and
# the WiX Toolset 3 on the PATH:   powershell -File installer\build-windows.ps1
$ErrorActionPreference = "Stop"
$version = (mvn -q help:evaluate "-Dexpression=project.version" -DforceStdout)
mvn -q -DskipTests package
Remove-Item -Recurse -Force target\jpackage-input, target\installer -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\jpackage-input\lib | Out-Null
Copy-Item target\atlas.jar target\jpackage-input\
Copy-Item target\lib\*.jar target\jpackage-input\lib\
jpackage --type app-image "@installer/jpackage/app-image.txt" --input target\jpackage-input `
    --icon installer\icons\atlas.ico --app-version $version --dest target\installer
jpackage --type msi "@installer/jpackage/windows-msi.txt" --app-image "target\installer\Partnership Atlas" `
    --icon installer\icons\atlas.ico --app-version $version --dest target\installer
Write-Output "Built target\installer\Partnership Atlas-$version.msi"
