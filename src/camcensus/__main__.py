from camcensus.cli.app import main

main()
